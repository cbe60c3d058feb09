package vn.wtcexpo.gate.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
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

    /** First entries of a period in aggregate: see {@link #firstEntries}. */
    public record FirstEntryRow(String hall, BadgeKind kind, long quarter, long count) {
    }

    /**
     * Each badge's first counted scan from {@code from} to {@code to}, where it was an entry, counted per hall, badge
     * kind and quarter-hour since {@code origin} (negative before it), by the database: a few rows however many
     * scans the period holds.
     */
    public List<FirstEntryRow> firstEntries(String eventId, Instant from, Instant to, Instant origin) {
        List<?> rows = em.createNativeQuery("SELECT hall_code, badge_kind, "
                        + "FLOOR((EXTRACT(EPOCH FROM scanned_at) - ?) / 900) AS quarter, COUNT(*) FROM ("
                        + "SELECT hall_code, badge_kind, direction, scanned_at, "
                        + "ROW_NUMBER() OVER (PARTITION BY badge_id ORDER BY scanned_at, id) AS nth FROM gate_scan "
                        + "WHERE event_id = ? AND counted AND badge_id IS NOT NULL AND scanned_at >= ? AND scanned_at < ?"
                        + ") firsts WHERE nth = 1 AND direction = 'IN' GROUP BY hall_code, badge_kind, quarter")
                .setParameter(1, origin.getEpochSecond() + origin.getNano() / 1e9).setParameter(2, eventId)
                .setParameter(3, Timestamp.from(from)).setParameter(4, Timestamp.from(to)).getResultList();
        List<FirstEntryRow> out = new ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new FirstEntryRow((String) r[0], r[1] == null ? null : BadgeKind.valueOf((String) r[1]),
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue()));
        }
        return out;
    }

    /** Counted entries per gate from {@code from} to {@code to}, by the database. */
    public Map<String, Long> entriesPerGate(String eventId, Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("SELECT gate_code, COUNT(*) FROM gate_scan WHERE event_id = ? AND counted "
                        + "AND badge_id IS NOT NULL AND direction = 'IN' AND scanned_at >= ? AND scanned_at < ? GROUP BY gate_code")
                .setParameter(1, eventId).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to))
                .getResultList();
        Map<String, Long> out = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }
}
