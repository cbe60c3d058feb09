package vn.wtcexpo.gate.application;

import java.util.List;
import vn.wtcexpo.event.application.EventSummary;

/** Who is inside each hall of an event today, as the scans count it, and the supervisors' corrections. */
public interface OccupancyService {

    /** Inside now per hall against capacity, and admitted today (the organizer, the venue admin, gate staff). */
    Occupancy occupancy(String eventId);

    /** Sets a hall's count of people inside today, with the reason (the organizer, the venue admin). */
    Occupancy correct(String eventId, String hall, int inside, String reason);

    /** The id of the event's latest scan (0 when none), to tell a dashboard something changed. */
    long lastScanId(String eventId);

    /** Events whose gates scan today or soon, for gate staff choosing where to work. */
    List<EventSummary> scanningEvents();
}
