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

    /**
     * A show day's counted scans in aggregate, kept as they are stored (the live forecast's refresh costs the same
     * whatever the day's scans): each badge's first entry of the day per hall, kind and quarter-hour since
     * {@code origin} (negative before it); and entries per gate.
     */
    Tally tally(String eventId, java.time.LocalDate day, Instant origin);

    /** See {@link #tally}. */
    record Tally(List<FirstEntries> firstEntries, java.util.Map<String, Long> gateEntries) {
    }

    /** Badges of a kind whose first scan of the period was an entry into a hall, in quarter-hour {@code quarter}. */
    record FirstEntries(String hall, BadgeKind kind, long quarter, long count) {
    }

    /** An entry into a hall, when. */
    record Entry(String hall, Instant at) {
    }

    /** One counted scan: whose badge (an id), its kind, the hall and gate, in or out, the device, when. */
    record CountedScan(String badgeId, BadgeKind kind, String hall, String gate, boolean in, String deviceId, Instant at) {
    }
}
