package vn.wtcexpo.booking.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.wtcexpo.booking.application.VatRates;
import vn.wtcexpo.booking.model.BookingRepository;
import vn.wtcexpo.booking.model.QuoteCalculator;

@Stateless
@PermitAll
public class DefaultVatRates implements VatRates {

    @Inject
    private BookingRepository bookings;

    @Override
    public int rateBpOn(LocalDate day) {
        return QuoteCalculator.rateOn(day, bookings.vatRules());
    }
}
