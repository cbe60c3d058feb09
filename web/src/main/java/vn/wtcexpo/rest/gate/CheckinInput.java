package vn.wtcexpo.rest.gate;

import java.time.OffsetDateTime;

/**
 * A scan: the QR text, the gate's code, {@code IN} or {@code OUT} (the gate's own direction when absent), a
 * nonce unique per scan, when it was scanned (a gate that was offline), what an offline gate decided on its own,
 * and the event (optional: a device's event, or the one the code names).
 */
public record CheckinInput(String code, String gate, String direction, String nonce, OffsetDateTime scannedAt,
                           String offlineResult, String event) {
}
