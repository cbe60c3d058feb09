package vn.wtcexpo.rest.gate;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import vn.wtcexpo.gate.application.DeviceSummary;
import vn.wtcexpo.rest.ApiTime;

/**
 * A paired device. {@code token} only in the answer to pairing (shown once), with {@code scannerUrl}: the scanner
 * page that takes the token (the pairing QR holds it).
 */
@JsonbPropertyOrder({"id", "event", "name", "mode", "pairedBy", "createdAt", "expiresAt", "revokedAt", "lastScanAt", "token", "scannerUrl"})
public record DeviceJson(String id, String event, String name, String mode, String pairedBy, OffsetDateTime createdAt,
                         OffsetDateTime expiresAt, @JsonbNillable OffsetDateTime revokedAt,
                         @JsonbNillable OffsetDateTime lastScanAt, String token, String scannerUrl) {

    static DeviceJson of(DeviceSummary d, String scannerUrl) {
        return new DeviceJson(d.id(), d.eventId(), d.name(), d.mode().name(), d.pairedBy(), ApiTime.out(d.createdAt()),
                ApiTime.out(d.expiresAt()), ApiTime.out(d.revokedAt()), ApiTime.out(d.lastScanAt()), d.token(),
                d.token() == null ? null : scannerUrl);
    }
}
