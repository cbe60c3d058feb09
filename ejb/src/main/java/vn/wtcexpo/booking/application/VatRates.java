package vn.wtcexpo.booking.application;

import java.time.LocalDate;

/** The VAT rate by the venue's dated rules, for other contexts that price what the venue sells. */
public interface VatRates {

    /** The rate valid on {@code day}, in basis points (1000 is 10%); {@code NO_VAT_RULE} (409) when none is. */
    int rateBpOn(LocalDate day);
}
