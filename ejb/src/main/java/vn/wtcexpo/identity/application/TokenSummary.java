package vn.wtcexpo.identity.application;

import java.time.Instant;
import vn.wtcexpo.identity.model.ApiToken;

/** A token as its owner sees it, never its secret. */
public record TokenSummary(String id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, boolean usable) {

    public static TokenSummary of(ApiToken t, Instant now) {
        return new TokenSummary(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.revokedAt(), t.isUsableAt(now));
    }
}
