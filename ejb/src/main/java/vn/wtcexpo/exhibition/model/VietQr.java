package vn.wtcexpo.exhibition.model;

import java.nio.charset.StandardCharsets;

/**
 * The text of a VietQR code for a bank transfer: NAPAS's profile of the EMVCo merchant-presented QR that Vietnamese
 * banking apps scan to fill in a transfer (bank, account, amount in VND, reference). Fields are
 * {@code id, length, value}: payload format 01, dynamic (12, an amount is given), merchant account 38 with NAPAS's
 * GUID {@code A000000727}, the beneficiary (00 the bank's BIN, 01 the account) and the service {@code QRIBFTTA}
 * (transfer to an account), currency 704 (VND), the amount, country VN, the reference as the purpose of the
 * transfer (62 › 08), and a CRC-16/CCITT-FALSE of it all (63).
 */
public final class VietQr {

    static final String NAPAS_GUID = "A000000727";
    static final String TO_ACCOUNT = "QRIBFTTA";
    /** The longest reference banks carry whole in the purpose field. */
    static final int MAX_PURPOSE = 25;

    private VietQr() {
    }

    /** The QR text of a transfer of {@code amountVnd} into {@code account} at the bank {@code bin}, with a reference. */
    public static String transfer(String bin, String account, long amountVnd, String reference) {
        if (bin == null || !bin.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("a NAPAS BIN is six digits");
        }
        if (account == null || !account.matches("[0-9A-Za-z]{1,19}")) {
            throw new IllegalArgumentException("an account number of 1 to 19 letters and digits");
        }
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("a transfer of a positive amount");
        }
        String purpose = reference == null ? "" : reference.replaceAll("[^0-9A-Za-z -]", "");
        if (purpose.length() > MAX_PURPOSE) {
            purpose = purpose.substring(0, MAX_PURPOSE);
        }
        String beneficiary = field("00", bin) + field("01", account);
        String merchant = field("00", NAPAS_GUID) + field("01", beneficiary) + field("02", TO_ACCOUNT);
        StringBuilder s = new StringBuilder()
                .append(field("00", "01"))
                .append(field("01", "12"))
                .append(field("38", merchant))
                .append(field("53", "704"))
                .append(field("54", Long.toString(amountVnd)))
                .append(field("58", "VN"));
        if (!purpose.isEmpty()) {
            s.append(field("62", field("08", purpose)));
        }
        s.append("6304");
        return s + String.format("%04X", crc16(s.toString()));
    }

    static String field(String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("a field of at most 99 characters");
        }
        return id + String.format("%02d", value.length()) + value;
    }

    /** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF), as EMVCo's QR codes carry it. */
    static int crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return crc;
    }
}
