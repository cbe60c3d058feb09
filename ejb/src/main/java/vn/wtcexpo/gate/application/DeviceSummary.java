package vn.wtcexpo.gate.application;

import java.time.Instant;
import vn.wtcexpo.gate.model.DeviceMode;
import vn.wtcexpo.gate.model.GateDevice;

/**
 * A paired device as the organizer sees it (never its token); {@code lastScanAt} from the scan log. {@code token}
 * is set only in the answer to pairing, once.
 */
public record DeviceSummary(String id, String eventId, String name, DeviceMode mode, String exhibitorId, String pairedBy,
                            Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastScanAt, String token) {

    public static DeviceSummary of(GateDevice d, Instant lastScanAt, String token) {
        return new DeviceSummary(d.id(), d.eventId(), d.name(), d.mode(), d.exhibitorId(), d.pairedBy(), d.createdAt(),
                d.expiresAt(), d.revokedAt(), lastScanAt, token);
    }

    public boolean active(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
