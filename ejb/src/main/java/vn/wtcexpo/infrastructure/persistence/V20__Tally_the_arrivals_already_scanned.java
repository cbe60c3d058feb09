package vn.wtcexpo.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills the arrival tally of V19 from the scans stored before it: each badge's first counted entry of a day, by its
 * gate, kind and quarter-hour of that day's opening hours; and each presence's last day of entry. Scans stored from
 * now on keep both themselves. A Java migration because the day and the quarter are local time in Vietnam, which the
 * two databases would work out with different functions.
 */
public class V20__Tally_the_arrivals_already_scanned extends org.flywaydb.core.api.migration.BaseJavaMigration {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long QUARTER = 900;

    private record Key(String eventId, LocalDate day, String gate, String hall, String kind, Instant quarterStart) {
    }

    @Override
    public void migrate(org.flywaydb.core.api.migration.Context context) throws Exception {
        Connection c = context.getConnection();
        Map<String, Integer> opens = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT event_id, show_day, opens_min FROM event_day");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                opens.put(r.getString(1) + '/' + r.getDate(2).toLocalDate(), r.getInt(3));
            }
        }
        Map<Key, Integer> arrivals = new LinkedHashMap<>();
        Map<String, LocalDate> entered = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT event_id, badge_id, gate_code, hall_code, badge_kind, "
                + "scanned_at FROM gate_scan WHERE counted AND direction = 'IN' AND badge_id IS NOT NULL "
                + "AND badge_kind IS NOT NULL ORDER BY badge_id, scanned_at, id")) {
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String eventId = r.getString(1);
                    String badge = r.getString(2);
                    Instant at = r.getTimestamp(6).toInstant();
                    LocalDate day = LocalDate.ofInstant(at, VIETNAM);
                    if (day.equals(entered.get(badge))) {
                        continue; // not the first entry of the day
                    }
                    entered.put(badge, day);
                    Integer minute = opens.get(eventId + '/' + day);
                    Instant opening = day.atTime(minute == null ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(minute * 60L))
                            .atZone(VIETNAM).toInstant();
                    long quarter = Math.floorDiv(at.getEpochSecond() - opening.getEpochSecond(), QUARTER);
                    arrivals.merge(new Key(eventId, day, r.getString(3), r.getString(4), r.getString(5),
                            opening.plusSeconds(quarter * QUARTER)), 1, Integer::sum);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO gate_arrival (event_id, arrival_day, gate_code, "
                + "hall_code, badge_kind, quarter_start, arrivals) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int batch = 0;
            for (Map.Entry<Key, Integer> e : arrivals.entrySet()) {
                Key k = e.getKey();
                s.setString(1, k.eventId());
                s.setDate(2, Date.valueOf(k.day()));
                s.setString(3, k.gate());
                s.setString(4, k.hall());
                s.setString(5, k.kind());
                s.setTimestamp(6, Timestamp.from(k.quarterStart()));
                s.setInt(7, e.getValue());
                s.addBatch();
                if (++batch % 500 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE gate_presence SET entered_day = ? WHERE badge_id = ?")) {
            int batch = 0;
            for (Map.Entry<String, LocalDate> e : entered.entrySet()) {
                s.setDate(1, Date.valueOf(e.getValue()));
                s.setString(2, e.getKey());
                s.addBatch();
                if (++batch % 500 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }
}
