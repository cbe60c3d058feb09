package vn.wtcexpo.gate.application;

import java.time.Instant;
import java.util.List;
import vn.wtcexpo.shared.BadgeKind;

/**
 * The scans that moved people in or out, as figures for other contexts (the crowd forecast learns arrivals, stays and
 * lane speeds from them): a badge's id is there only to pair its entries with its exits, never to be shown.
 */
public interface ScanHistory {

    /** The counted scans of an event from {@code from} to {@code to}, by badge and then time. */
    List<CountedScan> counted(String eventId, Instant from, Instant to);

    /**
     * The counted entries of an event by badges of the given kinds: only the hall and the moment (the traffic of a
     * hall, for the report's pages; exhibitors too).
     */
    List<Entry> entries(String eventId, java.util.Set<BadgeKind> kinds);

    /** An entry into a hall, when. */
    record Entry(String hall, Instant at) {
    }

    /** One counted scan: whose badge (an id), its kind, the hall and gate, in or out, the device, when. */
    record CountedScan(String badgeId, BadgeKind kind, String hall, String gate, boolean in, String deviceId, Instant at) {
    }
}
