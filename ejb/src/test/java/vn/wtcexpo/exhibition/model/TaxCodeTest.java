package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class TaxCodeTest {

    @Test
    void theDomainsExamples_areValid() {
        assertTrue(TaxCode.valid("0100233488"));
        assertTrue(TaxCode.valid("0314409058002"));
    }

    @Test
    void aWrongCheckDigit_isInvalid() {
        assertFalse(TaxCode.valid("0100233480"));
    }

    @Test
    void aCheckDigitOfTen_meansNoValidCode() {
        // 000000001 + a digit: 10 - (3 mod 11) = 7 is fine; find nine digits whose check would be 10
        for (int n = 100_000_000; n < 100_001_000; n++) {
            String nine = String.valueOf(n);
            int[] w = {31, 29, 23, 19, 17, 13, 7, 5, 3};
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * w[i];
            }
            if (10 - sum % 11 == 10) {
                for (int d = 0; d <= 9; d++) {
                    assertFalse(TaxCode.valid(nine + d), nine + d);
                }
                return;
            }
        }
    }

    @Test
    void aBranchPartOf000_isInvalid() {
        assertFalse(TaxCode.valid("0314409058000"));
    }

    @Test
    void digitsThreeToNineAllZero_isInvalid() {
        // 0100000003 has a right check digit (10 - 29 mod 11 = 3), but digits 3 to 9 are all zero
        assertFalse(TaxCode.valid("0100000003"));
    }

    @Test
    void whatPeopleType_isCleanedAndStoredCompact() {
        assertEquals("0314409058002", TaxCode.parse(" 0314.409.058 - 002 ").compact());
        assertEquals("0314409058-002", TaxCode.parse("0314409058002").display());
    }

    @Test
    void lettersAndWrongLengths_areRefused() {
        assertEquals("TAX_CODE_INVALID", assertThrows(DomainException.class, () -> TaxCode.parse("03144O9058")).code());
        assertEquals("TAX_CODE_INVALID", assertThrows(DomainException.class, () -> TaxCode.parse("031440905")).code());
        assertEquals("TAX_CODE_REQUIRED", assertThrows(DomainException.class, () -> TaxCode.parse(" ")).code());
    }
}
