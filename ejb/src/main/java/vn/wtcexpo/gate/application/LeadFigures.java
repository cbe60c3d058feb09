package vn.wtcexpo.gate.application;

import java.time.Instant;
import java.util.List;

/**
 * The leads of an event as figures for other contexts (the post-show report): which exhibitor, when; never whose badge.
 */
public interface LeadFigures {

    /** Every lead of the event (organizers and the venue admin). */
    List<Captured> captured(String eventId);

    /** When an exhibitor's leads at the event were captured (the report's own page for that exhibitor). */
    List<Instant> capturedBy(String eventId, String exhibitorId);

    /** One lead: the exhibitor that captured it, when. */
    record Captured(String exhibitorId, Instant at) {
    }
}
