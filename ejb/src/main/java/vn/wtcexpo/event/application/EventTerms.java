package vn.wtcexpo.event.application;

/**
 * The terms an event's booths are sold on: how many days a booth stays on hold for an exhibitor, the
 * deposit in percent of the gross, and one exhibitor staff badge per {@code sqmPerStaff} m² of booth.
 */
public record EventTerms(int boothHoldDays, int depositPercent, int sqmPerStaff) {

    public static EventTerms defaults() {
        return new EventTerms(vn.wtcexpo.event.model.Event.DEFAULT_HOLD_DAYS, vn.wtcexpo.event.model.Event.DEFAULT_DEPOSIT_PERCENT,
                vn.wtcexpo.event.model.Event.DEFAULT_SQM_PER_STAFF);
    }
}
