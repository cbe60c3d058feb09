package vn.wtcexpo.it.support;

import java.time.LocalDate;
import java.time.ZoneId;

/** Fresh halls and booking bodies for tests, so that no test depends on another's data. */
public final class TestHalls {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private TestHalls() {
    }

    /** A new plain hall (1,000 m², day rate 100,000,000 VND); returns its code. */
    public static String plain(String prefix) {
        String code = Api.uniqueCode(prefix);
        Api.Reply r = Api.as("admin").post("/api/halls", """
                {"code": "%s", "name": {"vi": "Sảnh %s", "en": "Hall %s"}, "areaSqm": 1000, "capacity": 800,
                 "parts": [], "dayRateVnd": 100000000}
                """.formatted(code, code, code));
        if (r.status() != 201) {
            throw new IllegalStateException("could not create hall " + code + ": " + r);
        }
        return code;
    }

    /** A new combined hall over {@code parts}; returns its code. */
    public static String combined(String prefix, String... parts) {
        String code = Api.uniqueCode(prefix);
        Api.Reply r = Api.as("admin").post("/api/halls", """
                {"code": "%s", "name": {"vi": "Ghép %s", "en": "Combined %s"}, "capacity": 1500,
                 "parts": ["%s"], "dayRateVnd": 180000000}
                """.formatted(code, code, code, String.join("\", \"", parts)));
        if (r.status() != 201) {
            throw new IllegalStateException("could not create hall " + code + ": " + r);
        }
        return code;
    }

    /** Midnight in Vietnam starting {@code day}, as the API writes it. */
    public static String day(LocalDate day) {
        return day.atStartOfDay(VIETNAM).toOffsetDateTime().toString();
    }

    /** A booking body for the days {@code first} to {@code last}, inclusive. */
    public static String booking(String hall, String title, LocalDate first, LocalDate last) {
        return """
                {"hall": "%s", "title": "%s", "start": "%s", "end": "%s"}
                """.formatted(hall, title, day(first), day(last.plusDays(1)));
    }
}
