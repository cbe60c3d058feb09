package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VietQrTest {

    /** The fields of a TLV string: id → value. */
    private static Map<String, String> fields(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < s.length()) {
            String id = s.substring(i, i + 2);
            int len = Integer.parseInt(s.substring(i + 2, i + 4));
            out.put(id, s.substring(i + 4, i + 4 + len));
            i += 4 + len;
        }
        return out;
    }

    private static final String QR = VietQr.transfer("970436", "0123456789012", 9_900_000, "YC-2027-00003 0100233488");

    @Test
    void theChecksum_isCrc16CcittFalse() {
        assertEquals(0x29B1, VietQr.crc16("123456789")); // the algorithm's published check value
    }

    @Test
    void theCode_endsWithTheChecksumOfEverythingBeforeIt() {
        assertEquals(String.format("%04X", VietQr.crc16(QR.substring(0, QR.length() - 4))), QR.substring(QR.length() - 4));
        assertTrue(QR.substring(0, QR.length() - 4).endsWith("6304"));
    }

    @Test
    void theBankAccountAndService_areNapassTransferToAnAccount() {
        Map<String, String> merchant = fields(fields(QR).get("38"));
        assertEquals("A000000727", merchant.get("00"));
        assertEquals(Map.of("00", "970436", "01", "0123456789012"), fields(merchant.get("01")));
        assertEquals("QRIBFTTA", merchant.get("02"));
    }

    @Test
    void theAmountCurrencyAndReference_areThoseOfTheTransfer() {
        Map<String, String> f = fields(QR);
        assertEquals("01", f.get("00"));
        assertEquals("12", f.get("01"), "dynamic: it carries an amount");
        assertEquals("704", f.get("53"));
        assertEquals("9900000", f.get("54"));
        assertEquals("VN", f.get("58"));
        assertEquals("YC-2027-00003 0100233488", fields(f.get("62")).get("08"));
    }

    @Test
    void aBinThatIsNotSixDigits_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> VietQr.transfer("9704", "123", 1, "x"));
    }
}
