package vn.wtcexpo.gate.application;

import java.time.Instant;

/**
 * A scan at a gate: the QR text, the gate's code, which way (null: the gate's own direction), the client's
 * nonce (unique per scan; a retry sends the same), when it was scanned (set by a gate that was offline), what
 * the gate decided on its own while offline (null when it asked the server), and the event (null: the
 * device's event, or the one the code names).
 */
public record ScanRequest(String code, String gate, String direction, String nonce, Instant scannedAt,
                          String offlineResult, String eventId) {
}
