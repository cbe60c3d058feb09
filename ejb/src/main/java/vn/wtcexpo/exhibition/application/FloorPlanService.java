package vn.wtcexpo.exhibition.application;

import java.util.List;

/**
 * Drawing an event's floor plan (its organizer, the venue admin). Every change of an event's plan takes
 * the event's lock, so two editors never place two booths on the same floor; a booth changes only while
 * it is free. Refusals: {@code BOOTH_OVERLAPS} (409), {@code BOOTH_OUTSIDE_HALL} / {@code BOOTH_OVER_FEATURE}
 * (400), {@code BOOTH_NOT_FREE} (409).
 */
public interface FloorPlanService {

    /** The plan as the caller may see it: anyone for a published event, its organizer for a draft. */
    PlanView plan(String eventId);

    List<BoothSummary> booths(String eventId);

    /** One booth of the plan, as the caller may see it. */
    java.util.Optional<BoothSummary> booth(String eventId, String number);

    BoothSummary addBooth(String eventId, BoothDraft draft);

    /** Changes a free booth: number, place, size, kind, price. Null fields keep their value. */
    BoothSummary changeBooth(String eventId, String number, BoothDraft draft);

    void removeBooth(String eventId, String number);

    /** Lays out rows of booths; places that are not free are skipped. */
    Generated generateRows(String eventId, RowsDraft rows);

    /** Combines free booths side by side that fill a rectangle into one booth numbered {@code number}. */
    BoothSummary combine(String eventId, List<String> numbers, String number);

    /** Splits a free combined booth back into the booths it covers. */
    List<BoothSummary> split(String eventId, String number);

    /** How many booths a generation placed and how many places it skipped. */
    record Generated(int placed, int skipped) {
    }
}
