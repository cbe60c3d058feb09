package vn.wtcexpo.venue.model;

import java.util.List;
import vn.wtcexpo.shared.LocalizedText;

/** Builders for halls used by the domain tests. */
final class TestHalls {

    private TestHalls() {
    }

    static LocalizedText name(String code) {
        return LocalizedText.of("name", "Sảnh " + code, "Hall " + code);
    }

    static Hall hall(String code, int area, int capacity) {
        return Hall.plain(code, name(code), HallKind.EXHIBITION_HALL, area, capacity, 100_000_000);
    }

    static Hall combined(String code, Hall... parts) {
        int capacity = 0;
        for (Hall p : parts) {
            capacity += p.capacity();
        }
        return Hall.combined(code, name(code), List.of(parts), capacity, 250_000_000);
    }
}
