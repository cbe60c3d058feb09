package vn.wtcexpo.registration.application;

import java.time.Instant;

/** A code gates must refuse: {@code REVOKED} (the badge was ended) or {@code REISSUED} (replaced by a new code). */
public record RevokedCode(String code, String reason, Instant revokedAt) {
}
