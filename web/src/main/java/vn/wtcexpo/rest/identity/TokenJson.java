package vn.wtcexpo.rest.identity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import vn.wtcexpo.identity.application.TokenSummary;
import vn.wtcexpo.rest.ApiTime;

/** An API token as its owner sees it; {@code token} (the secret) only in the answer that created it. */
@JsonbPropertyOrder({"id", "name", "token", "createdAt", "expiresAt", "revokedAt", "usable"})
public record TokenJson(String id, String name, String token, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                        OffsetDateTime revokedAt, boolean usable) {

    static TokenJson of(TokenSummary t, String secret) {
        return new TokenJson(t.id(), t.name(), secret, ApiTime.out(t.createdAt()), ApiTime.out(t.expiresAt()),
                ApiTime.out(t.revokedAt()), t.usable());
    }

    /** What a client sends to create a token. */
    public record TokenRequestJson(String name, Integer expiresInDays) {
    }
}
