package vn.wtcexpo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.LocalizedText;
import vn.wtcexpo.venue.model.Blackout;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.venue.model.HallKind;
import vn.wtcexpo.venue.model.HallRepository;
import vn.wtcexpo.venue.model.HallSchedule;

/**
 * SAMPLE DATA, not facts: the real number, names and sizes of WTC Expo's halls are not public. The
 * indoor 11,679 m² are split into four halls (A 3,600, B 3,600, C 2,400, D 2,079), combinable as A+B
 * and C+D; the outdoor area is 7,935 m²; three conference rooms, R2 and R3 combinable.
 */
@ApplicationScoped
class DemoVenue {

    private static final ZoneId VIETNAM = Formats.VIETNAM;

    @Inject
    private HallRepository halls;

    @Inject
    private HallSchedule schedule;

    void loadIfEmpty() {
        if (!halls.all().isEmpty()) {
            return;
        }
        Hall a = plain("A", "Sảnh triển lãm A", "Exhibition Hall A", HallKind.EXHIBITION_HALL, 3600, 2500, 150_000_000);
        Hall b = plain("B", "Sảnh triển lãm B", "Exhibition Hall B", HallKind.EXHIBITION_HALL, 3600, 2500, 150_000_000);
        Hall c = plain("C", "Sảnh triển lãm C", "Exhibition Hall C", HallKind.EXHIBITION_HALL, 2400, 1600, 100_000_000);
        Hall d = plain("D", "Sảnh triển lãm D", "Exhibition Hall D", HallKind.EXHIBITION_HALL, 2079, 1400, 90_000_000);
        Hall out = plain("OUT", "Khu triển lãm ngoài trời", "Outdoor Exhibition Area", HallKind.OUTDOOR_AREA, 7935, 5000, 120_000_000);
        Hall r1 = plain("R1", "Phòng hội nghị 1", "Conference Room 1", HallKind.CONFERENCE_ROOM, 300, 250, 25_000_000);
        Hall r2 = plain("R2", "Phòng hội nghị 2", "Conference Room 2", HallKind.CONFERENCE_ROOM, 150, 120, 15_000_000);
        Hall r3 = plain("R3", "Phòng hội nghị 3", "Conference Room 3", HallKind.CONFERENCE_ROOM, 80, 60, 8_000_000);
        halls.add(Hall.combined("AB", LocalizedText.of("name", "Sảnh triển lãm A+B", "Exhibition Hall A+B"),
                List.of(a, b), 5000, 280_000_000));
        halls.add(Hall.combined("CD", LocalizedText.of("name", "Sảnh triển lãm C+D", "Exhibition Hall C+D"),
                List.of(c, d), 3000, 180_000_000));
        halls.add(Hall.combined("R23", LocalizedText.of("name", "Phòng hội nghị 2+3", "Conference Room 2+3"),
                List.of(r2, r3), 180, 21_000_000));
        for (Hall hall : List.of(a, b, c, d, out)) {
            blackout(hall, day(2027, 2, 4), day(2027, 2, 13), "Tết Nguyên Đán 2027");
        }
        blackout(d, day(2027, 6, 1), day(2027, 6, 8), "Bảo trì hệ thống điều hòa / HVAC maintenance");
    }

    private void blackout(Hall hall, java.time.Instant start, java.time.Instant end, String reason) {
        Blackout blackout = new Blackout(hall, start, end, reason, "system");
        halls.add(blackout);
        schedule.occupyForBlackout(hall, blackout.id(), start, end);
    }

    private Hall plain(String code, String vi, String en, HallKind kind, int area, int capacity, long rate) {
        Hall hall = Hall.plain(code, LocalizedText.of("name", vi, en), kind, area, capacity, rate);
        halls.add(hall);
        return hall;
    }

    private static java.time.Instant day(int y, int m, int d) {
        return LocalDate.of(y, m, d).atStartOfDay(VIETNAM).toInstant();
    }
}
