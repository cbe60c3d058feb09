package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Amounts in words as Vietnamese invoices write them. */
class VietnameseNumbersTest {

    @Test
    void millions() {
        assertEquals("Ba mươi ba triệu", VietnameseNumbers.words(33_000_000));
        assertEquals("Chín triệu chín trăm nghìn", VietnameseNumbers.words(9_900_000));
    }

    @Test
    void anInnerGroupWithoutHundreds_saysKhongTramAndLinh() {
        assertEquals("Một triệu không trăm linh năm nghìn", VietnameseNumbers.words(1_005_000));
        assertEquals("Một trăm linh năm", VietnameseNumbers.words(105));
    }

    @Test
    void onesAfterTens_areMotAndLam() {
        assertEquals("Hai mươi mốt", VietnameseNumbers.words(21));
        assertEquals("Mười lăm", VietnameseNumbers.words(15));
        assertEquals("Mười một", VietnameseNumbers.words(11));
        assertEquals("Bốn mươi lăm", VietnameseNumbers.words(45));
    }

    @Test
    void zeroAndBillions() {
        assertEquals("Không", VietnameseNumbers.words(0));
        assertEquals("Hai tỷ ba trăm triệu", VietnameseNumbers.words(2_300_000_000L));
        assertEquals("Một nghìn tỷ", VietnameseNumbers.words(1_000_000_000_000L));
    }
}
