package vn.wtcexpo.rest.registration;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import vn.wtcexpo.registration.application.RevokedCode;
import vn.wtcexpo.rest.ApiTime;

/** A code gates refuse: {@code REVOKED} or {@code REISSUED} (a new code replaced it). */
@JsonbPropertyOrder({"code", "reason", "revokedAt"})
public record RevokedJson(String code, String reason, OffsetDateTime revokedAt) {

    static RevokedJson of(RevokedCode r) {
        return new RevokedJson(r.code(), r.reason(), ApiTime.out(r.revokedAt()));
    }
}
