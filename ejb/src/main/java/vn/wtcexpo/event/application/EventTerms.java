package vn.wtcexpo.event.application;

import vn.wtcexpo.event.model.BoothTerms;

/**
 * The terms an event's booths are sold on: how many days a booth stays on hold for an exhibitor, the deposit in
 * percent of the gross, one exhibitor staff badge per {@code sqmPerStaff} m² of booth, and how many booths one
 * company may hold at once ({@code maxHoldsPerCompany}: one sign-up must not sit on the whole floor).
 */
public record EventTerms(int boothHoldDays, int depositPercent, int sqmPerStaff, int maxHoldsPerCompany) {

    public static EventTerms defaults() {
        return new EventTerms(BoothTerms.DEFAULT_HOLD_DAYS, BoothTerms.DEFAULT_DEPOSIT_PERCENT, BoothTerms.DEFAULT_SQM_PER_STAFF,
                BoothTerms.DEFAULT_MAX_HOLDS);
    }
}
