package vn.wtcexpo.exhibition.model;

/** A number of the payment requests' gap-free sequence: its year and its value, written {@code YC-2027-00001}. */
public record DocNumber(int year, int value) {

    /** The name of the sequence the numbers come from, one run per year. */
    public static final String SEQUENCE = "PAYMENT_REQUEST";

    String text() {
        return String.format("YC-%d-%05d", year, value);
    }
}
