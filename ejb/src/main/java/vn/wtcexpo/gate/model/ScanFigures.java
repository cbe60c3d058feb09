package vn.wtcexpo.gate.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.shared.BadgeKind;

/**
 * The scan log and the leads as figures for other contexts (the crowd forecast, the post-show report): counted scans,
 * entries, first entries and leads, never a visitor's details; joins the caller's transaction.
 */
@ApplicationScoped
public class ScanFigures {

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    /** A scan that moved someone, as a row: see {@link #countedScans}. */
    public record CountedRow(String badgeId, BadgeKind kind, String hall, String gate, boolean in,
                             String deviceId, Instant at) {
    }

    /** The scans of an event that moved someone in or out, from {@code from} to {@code to}, by badge and then time. */
    public List<CountedRow> countedScans(String eventId, Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("SELECT badge_id, badge_kind, hall_code, gate_code, direction, device_id, "
                        + "scanned_at FROM gate_scan WHERE event_id = ? AND counted AND scanned_at >= ? AND scanned_at < ? "
                        + "AND badge_id IS NOT NULL ORDER BY badge_id, scanned_at, id")
                .setParameter(1, eventId).setParameter(2, Timestamp.from(from))
                .setParameter(3, Timestamp.from(to)).getResultList();
        List<CountedRow> out = new ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new CountedRow((String) r[0], r[1] == null ? null : BadgeKind.valueOf((String) r[1]),
                    (String) r[2], (String) r[3], "IN".equals(r[4]), (String) r[5], GateRepository.instant(r[6])));
        }
        return out;
    }

    /** A lead as a figure: which exhibitor captured it, when (no badge). */
    public record LeadRow(String exhibitorId, Instant at) {
    }

    /** Every lead captured at an event, oldest first. */
    public List<LeadRow> leadTimes(String eventId) {
        return em.createQuery("select new vn.wtcexpo.gate.model.ScanFigures.LeadRow(l.exhibitorId, l.scannedAt) "
                        + "from Lead l where l.eventId = :e order by l.scannedAt", LeadRow.class)
                .setParameter("e", eventId).getResultList();
    }

    /** Entries into a hall per hour (counted, by badges of {@code kinds}): figures, from the scans in the database. */
    public record HourEntries(String hall, BadgeKind kind, Instant at) {
    }

    /** The counted entries of an event by badges of the given kinds: hall, kind, when (the hour is the caller's). */
    public List<HourEntries> entries(String eventId, java.util.Collection<BadgeKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("SELECT hall_code, badge_kind, scanned_at FROM gate_scan WHERE event_id = ? "
                        + "AND counted AND direction = 'IN' AND badge_id IS NOT NULL ORDER BY scanned_at")
                .setParameter(1, eventId).getResultList();
        List<HourEntries> out = new ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            BadgeKind kind = r[1] == null ? null : BadgeKind.valueOf((String) r[1]);
            if (kinds.contains(kind)) {
                out.add(new HourEntries((String) r[0], kind, GateRepository.instant(r[2])));
            }
        }
        return out;
    }

    /** A day's arrivals in aggregate: see {@link #arrivals}. */
    public record ArrivalRow(String hall, BadgeKind kind, Instant quarterStart, long count) {
    }

    /**
     * A show day's tally, kept as scans are stored ({@code gate_arrival}): each badge's first entry of the day, per
     * hall, kind and quarter-hour (by its start). A few rows per gate and quarter-hour, however many scans the day
     * has seen.
     */
    public List<ArrivalRow> arrivals(String eventId, LocalDate day) {
        List<?> rows = em.createNativeQuery("SELECT hall_code, badge_kind, quarter_start, SUM(arrivals) FROM gate_arrival "
                        + "WHERE event_id = ? AND arrival_day = ? GROUP BY hall_code, badge_kind, quarter_start")
                .setParameter(1, eventId).setParameter(2, day).getResultList();
        List<ArrivalRow> out = new ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new ArrivalRow((String) r[0], BadgeKind.valueOf((String) r[1]), GateRepository.instant(r[2]),
                    ((Number) r[3]).longValue()));
        }
        return out;
    }

    /** A show day's entries per gate, from the gates' counts (kept as scans are stored; corrections left out). */
    public Map<String, Long> entriesPerGate(String eventId, LocalDate day) {
        List<?> rows = em.createNativeQuery("SELECT gate_code, SUM(entries) FROM gate_count WHERE event_id = ? "
                        + "AND count_day = ? AND gate_code <> '~' GROUP BY gate_code")
                .setParameter(1, eventId).setParameter(2, day).getResultList();
        Map<String, Long> out = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }
}
