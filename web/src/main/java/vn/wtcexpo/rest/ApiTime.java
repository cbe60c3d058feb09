package vn.wtcexpo.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.wtcexpo.shared.Formats;

/** Instants on the API are ISO-8601 with the Vietnam offset, e.g. {@code 2027-08-10T08:00:00+07:00}. */
public final class ApiTime {

    private ApiTime() {
    }

    public static OffsetDateTime out(Instant instant) {
        return instant == null ? null : instant.atZone(Formats.VIETNAM).toOffsetDateTime();
    }

    public static Instant in(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
