package vn.wtcexpo.exhibition.model;

import java.time.LocalDate;
import vn.wtcexpo.shared.DomainException;

/** Money an organizer says was received: a positive amount in whole VND, on a day not after today, with a bank reference. */
public record MoneyReceived(long amountVnd, LocalDate receivedOn, String reference) {

    /**
     * Checks what was typed (before anything is looked up): the day defaults to {@code today}, the venue's local day.
     *
     * @throws DomainException {@code PAYMENT_NOT_POSITIVE}, {@code PAYMENT_IN_FUTURE}
     */
    public static MoneyReceived of(long amountVnd, LocalDate receivedOn, String reference, LocalDate today) {
        if (amountVnd <= 0) {
            throw DomainException.invalid("amountVnd", "PAYMENT_NOT_POSITIVE");
        }
        LocalDate day = receivedOn == null ? today : receivedOn;
        if (day.isAfter(today)) {
            throw DomainException.invalid("receivedOn", "PAYMENT_IN_FUTURE");
        }
        return new MoneyReceived(amountVnd, day, reference);
    }
}
