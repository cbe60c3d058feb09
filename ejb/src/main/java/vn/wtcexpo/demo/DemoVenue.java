package vn.wtcexpo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.venue.application.BlackoutService;
import vn.wtcexpo.venue.application.HallDraft;
import vn.wtcexpo.venue.application.HallOutline;
import vn.wtcexpo.venue.application.VenueService;
import vn.wtcexpo.venue.model.HallKind;

/**
 * SAMPLE DATA, not facts: the real number, names and sizes of WTC Expo's halls are not public. The indoor 11,679 m²
 * are split into four halls (A 3,600, B 3,600, C 2,400, D 2,079), combinable as A+B and C+D; the outdoor area is
 * 7,935 m²; three conference rooms, R2 and R3 combinable. Plausible outlines (width × depth close to the areas, pillars
 * every 20 m, fire exits and doors on the walls). Entered by the venue admin sixty days ago, with the blackouts
 * (Tết, an HVAC maintenance) that have not ended by then.
 */
@ApplicationScoped
class DemoVenue {

    @Inject
    private VenueService venue;

    @Inject
    private BlackoutService blackouts;

    void loadIfEmpty(Instant now) {
        Instant at = now.minus(60, ChronoUnit.DAYS);
        if (!Cast.admin(at, venue::allHalls).isEmpty()) {
            return;
        }
        Cast.admin(at, () -> {
            plain("A", "Sảnh triển lãm A", "Exhibition Hall A", HallKind.EXHIBITION_HALL, 3600, 2500, 150_000_000, 60, 60);
            plain("B", "Sảnh triển lãm B", "Exhibition Hall B", HallKind.EXHIBITION_HALL, 3600, 2500, 150_000_000, 60, 60);
            plain("C", "Sảnh triển lãm C", "Exhibition Hall C", HallKind.EXHIBITION_HALL, 2400, 1600, 100_000_000, 60, 40);
            plain("D", "Sảnh triển lãm D", "Exhibition Hall D", HallKind.EXHIBITION_HALL, 2079, 1400, 90_000_000, 63, 33);
            plain("OUT", "Khu triển lãm ngoài trời", "Outdoor Exhibition Area", HallKind.OUTDOOR_AREA, 7935, 5000,
                    120_000_000, 115, 69);
            plain("R1", "Phòng hội nghị 1", "Conference Room 1", HallKind.CONFERENCE_ROOM, 300, 250, 25_000_000, 20, 15);
            plain("R2", "Phòng hội nghị 2", "Conference Room 2", HallKind.CONFERENCE_ROOM, 150, 120, 15_000_000, 15, 10);
            plain("R3", "Phòng hội nghị 3", "Conference Room 3", HallKind.CONFERENCE_ROOM, 80, 60, 8_000_000, 10, 8);
            combined("AB", "Sảnh triển lãm A+B", "Exhibition Hall A+B", List.of("A", "B"), 5000, 280_000_000, 120, 60);
            combined("CD", "Sảnh triển lãm C+D", "Exhibition Hall C+D", List.of("C", "D"), 3000, 180_000_000, 63, 71);
            combined("R23", "Phòng hội nghị 2+3", "Conference Room 2+3", List.of("R2", "R3"), 180, 21_000_000, 23, 10);
            return null;
        });
        for (String hall : List.of("A", "B", "C", "D", "OUT")) {
            blackout(at, hall, day(2027, 2, 4), day(2027, 2, 13), "Tết Nguyên Đán 2027");
        }
        blackout(at, "D", day(2027, 6, 1), day(2027, 6, 8), "Bảo trì hệ thống điều hòa / HVAC maintenance");
    }

    /** A blackout that still lies ahead at {@code at} (the rules refuse one in the past). */
    private void blackout(Instant at, String hall, Instant start, Instant end, String reason) {
        if (start.isAfter(at)) {
            Cast.admin(at, () -> blackouts.addBlackout(hall, start, end, reason));
        }
    }

    private void plain(String code, String vi, String en, HallKind kind, int area, int capacity, long rate, int widthM,
                       int depthM) {
        venue.addHall(new HallDraft(code, vi, en, kind, area, capacity, rate, null, true), outline(widthM, depthM));
    }

    private void combined(String code, String vi, String en, List<String> parts, int capacity, long rate, int widthM,
                          int depthM) {
        venue.addHall(new HallDraft(code, vi, en, null, null, capacity, rate, parts, true), outline(widthM, depthM));
    }

    /** Pillars every 20 m, a fire exit on each side wall and the main door in front, in halls 40 m wide or more. */
    static HallOutline outline(int widthM, int depthM) {
        List<HallOutline.Feature> features = new ArrayList<>();
        if (widthM >= 40) {
            for (int x = 20; x < widthM; x += 20) {
                for (int y = 20; y < depthM; y += 20) {
                    features.add(new HallOutline.Feature("PILLAR", x - 0.4, y - 0.4, 0.8, 0.8, "Cột / Pillar"));
                }
            }
            features.add(new HallOutline.Feature("FIRE_EXIT", 0.0, depthM / 2.0 - 1.5, 1.0, 3.0, "Lối thoát hiểm / Fire exit W"));
            features.add(new HallOutline.Feature("FIRE_EXIT", widthM - 1.0, depthM / 2.0 - 1.5, 1.0, 3.0,
                    "Lối thoát hiểm / Fire exit E"));
            features.add(new HallOutline.Feature("DOOR", widthM / 2.0 - 3.0, depthM - 1.0, 6.0, 1.0, "Cửa chính / Main entrance"));
        }
        return new HallOutline((double) widthM, (double) depthM, features);
    }

    private static Instant day(int y, int m, int d) {
        return LocalDate.of(y, m, d).atStartOfDay(Formats.VIETNAM).toInstant();
    }
}
