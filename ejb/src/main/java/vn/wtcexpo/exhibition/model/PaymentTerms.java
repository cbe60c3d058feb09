package vn.wtcexpo.exhibition.model;

import java.time.LocalDate;

/**
 * When a payment request's money is due: the deposit a week after it is issued (never after the first show day), the
 * balance 30 days before the first show day (never before the deposit).
 */
public record PaymentTerms(LocalDate depositDue, LocalDate balanceDue) {

    public static final int DEPOSIT_DAYS = 7;
    public static final int BALANCE_DAYS_BEFORE_SHOW = 30;

    public PaymentTerms {
        if (balanceDue.isBefore(depositDue)) {
            balanceDue = depositDue;
        }
    }

    /** The terms of a request issued on {@code issuedOn} (the venue's local day) for a show opening {@code firstShowDay}. */
    public static PaymentTerms of(LocalDate issuedOn, LocalDate firstShowDay) {
        LocalDate deposit = issuedOn.plusDays(DEPOSIT_DAYS);
        if (deposit.isAfter(firstShowDay)) {
            deposit = firstShowDay;
        }
        return new PaymentTerms(deposit, firstShowDay.minusDays(BALANCE_DAYS_BEFORE_SHOW));
    }
}
