package vn.wtcexpo.gate.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gates, devices and the reports of the scan log; joins the caller's transaction. */
@ApplicationScoped
public class GateRepository {

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public List<Gate> gates(String eventId) {
        return em.createQuery("select g from Gate g where g.eventId = :e order by g.code", Gate.class)
                .setParameter("e", eventId).getResultList();
    }

    public Optional<Gate> gate(String eventId, String code) {
        return em.createQuery("select g from Gate g where g.eventId = :e and g.code = :c", Gate.class)
                .setParameter("e", eventId).setParameter("c", code).getResultStream().findFirst();
    }

    /** Gates with this code in any event (to tell which event a scan is for when nothing else does). */
    public List<Gate> gatesCoded(String code) {
        return em.createQuery("select g from Gate g where g.code = :c", Gate.class).setParameter("c", code).getResultList();
    }

    public void remove(Gate gate) {
        em.remove(gate);
    }

    /** Makes the hall's row (its capacity and entry lock) if it has none, or brings its capacity up to date. */
    public void hall(String eventId, String hall, int capacity) {
        int updated = em.createNativeQuery("UPDATE gate_hall SET capacity = ? WHERE event_id = ? AND hall_code = ?")
                .setParameter(1, capacity).setParameter(2, eventId).setParameter(3, hall).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO gate_hall (event_id, hall_code, capacity) VALUES (?, ?, ?)")
                    .setParameter(1, eventId).setParameter(2, hall).setParameter(3, capacity).executeUpdate();
        }
    }

    public long scansAt(String eventId, String gateCode) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM gate_scan WHERE event_id = ? AND gate_code = ?")
                .setParameter(1, eventId).setParameter(2, gateCode).getSingleResult()).longValue();
    }

    // --- devices

    public Optional<GateDevice> device(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(GateDevice.class, id));
    }

    public Optional<GateDevice> deviceByHash(String hash) {
        return em.createQuery("select d from GateDevice d where d.credential.tokenHash = :h", GateDevice.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    /** The devices an account paired (gate scanners, lead scanners) that have not been revoked. */
    public List<GateDevice> devicesPairedBy(String username) {
        return em.createQuery("select d from GateDevice d where d.pairedBy = :u and d.credential.revokedAt is null", GateDevice.class)
                .setParameter("u", username).getResultList();
    }

    public List<GateDevice> devices(String eventId) {
        return em.createQuery("select d from GateDevice d where d.eventId = :e order by d.credential.createdAt desc", GateDevice.class)
                .setParameter("e", eventId).getResultList();
    }

    /** The last scan of each device of an event. */
    public Map<String, Instant> lastScanByDevice(String eventId) {
        Map<String, Instant> last = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT device_id, MAX(recorded_at) FROM gate_scan WHERE event_id = ? "
                + "AND device_id IS NOT NULL GROUP BY device_id").setParameter(1, eventId).getResultList()) {
            Object[] row = (Object[]) o;
            last.put((String) row[0], instant(row[1]));
        }
        return last;
    }

    // --- leads

    public Optional<Lead> lead(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(Lead.class, id));
    }

    public Optional<Lead> lead(String exhibitorId, String badgeId) {
        return em.createQuery("select l from Lead l where l.exhibitorId = :x and l.badgeId = :b", Lead.class)
                .setParameter("x", exhibitorId).setParameter("b", badgeId).getResultStream().findFirst();
    }

    public List<Lead> leads(String exhibitorId, String eventId) {
        return em.createQuery("select l from Lead l where l.exhibitorId = :x and l.eventId = :e order by l.scannedAt desc", Lead.class)
                .setParameter("x", exhibitorId).setParameter("e", eventId).getResultList();
    }

    // --- reports of the scan log

    /** What a gate counted into a hall on a day ({@code gate} {@code ~}: a supervisor's correction). */
    public record CountRow(String hall, String gate, int entries, int exits) {
        public boolean correction() {
            return "~".equals(gate);
        }
    }

    /** A scan as the dashboard reads it. */
    public record ScanRow(String gate, ScanResult result, String reason, ScanDirection direction, boolean counted,
                          Instant recordedAt) {
    }

    /** A counted entry or exit into a hall, when it was scanned. */
    public record Movement(String hall, ScanDirection direction, Instant scannedAt) {
    }

    /** A scan where an offline gate decided otherwise than the server. */
    public record ConflictRow(String gate, String badgeId, String result, String reason, String offlineResult,
                              Instant scannedAt, Instant recordedAt) {
    }

    /** Per hall and gate for a day: entries and exits counted. */
    public List<CountRow> counts(String eventId, LocalDate day) {
        return rows(em.createNativeQuery("SELECT hall_code, gate_code, entries, exits FROM gate_count WHERE event_id = ? "
                + "AND count_day = ? ORDER BY hall_code, gate_code").setParameter(1, eventId).setParameter(2, java.sql.Date.valueOf(day))
                .getResultList()).stream().map(r -> new CountRow((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue())).toList();
    }

    public Map<String, Integer> capacities(String eventId) {
        Map<String, Integer> caps = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT hall_code, capacity FROM gate_hall WHERE event_id = ?")
                .setParameter(1, eventId).getResultList())) {
            caps.put((String) row[0], ((Number) row[1]).intValue());
        }
        return caps;
    }

    /** Scans recorded since an instant, oldest first. */
    public List<ScanRow> scansSince(String eventId, Instant from) {
        return rows(em.createNativeQuery("SELECT gate_code, result, reason, direction, counted, recorded_at FROM gate_scan "
                        + "WHERE event_id = ? AND recorded_at >= ? ORDER BY recorded_at")
                .setParameter(1, eventId).setParameter(2, java.sql.Timestamp.from(from)).getResultList()).stream()
                .map(r -> new ScanRow((String) r[0], ScanResult.valueOf((String) r[1]), (String) r[2],
                        ScanDirection.valueOf((String) r[3]), Boolean.TRUE.equals(r[4]) || Integer.valueOf(1).equals(r[4]),
                        instant(r[5]))).toList();
    }

    /** Counted entries and exits of an event, oldest first by when they were scanned. */
    public List<Movement> movements(String eventId) {
        return rows(em.createNativeQuery("SELECT hall_code, direction, scanned_at FROM gate_scan WHERE event_id = ? "
                + "AND counted = TRUE ORDER BY scanned_at, id").setParameter(1, eventId).getResultList()).stream()
                .map(r -> new Movement((String) r[0], ScanDirection.valueOf((String) r[1]), instant(r[2]))).toList();
    }

    /** The recent scans where an offline gate decided otherwise than the server, newest first. */
    public List<ConflictRow> conflicts(String eventId, int max) {
        return rows(em.createNativeQuery("SELECT gate_code, badge_id, result, reason, offline_result, scanned_at, recorded_at "
                + "FROM gate_scan WHERE event_id = ? AND conflict = TRUE ORDER BY recorded_at DESC")
                .setParameter(1, eventId).setMaxResults(max).getResultList()).stream()
                .map(r -> new ConflictRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        instant(r[5]), instant(r[6]))).toList();
    }

    public long lastScanId(String eventId) {
        Object max = em.createNativeQuery("SELECT MAX(id) FROM gate_scan WHERE event_id = ?").setParameter(1, eventId)
                .getSingleResult();
        return max == null ? 0 : ((Number) max).longValue();
    }

    public void correction(String id, String eventId, String hall, LocalDate day, int before, int after, String reason,
                           String by, Instant at) {
        em.createNativeQuery("INSERT INTO gate_correction (id, event_id, hall_code, count_day, inside_before, inside_after, "
                        + "reason, corrected_by, corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, eventId).setParameter(3, hall).setParameter(4, java.sql.Date.valueOf(day))
                .setParameter(5, before).setParameter(6, after).setParameter(7, reason).setParameter(8, by)
                .setParameter(9, java.sql.Timestamp.from(at)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> list) {
        return (List<Object[]>) list;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalArgumentException("not an instant: " + value.getClass());
    }
}
