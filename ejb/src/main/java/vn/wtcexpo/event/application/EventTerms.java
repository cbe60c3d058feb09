package vn.wtcexpo.event.application;

import vn.wtcexpo.event.model.Event;

/**
 * The terms an event's booths are sold on: how many days a booth stays on hold for an exhibitor, the deposit in
 * percent of the gross, one exhibitor staff badge per {@code sqmPerStaff} m² of booth, and how many booths one
 * company may hold at once ({@code maxHoldsPerCompany}: one sign-up must not sit on the whole floor).
 */
public record EventTerms(int boothHoldDays, int depositPercent, int sqmPerStaff, int maxHoldsPerCompany) {

    public static EventTerms defaults() {
        return new EventTerms(Event.DEFAULT_HOLD_DAYS, Event.DEFAULT_DEPOSIT_PERCENT, Event.DEFAULT_SQM_PER_STAFF,
                Event.DEFAULT_MAX_HOLDS);
    }
}
