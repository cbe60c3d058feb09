package vn.wtcexpo.gate.application;

import java.time.Instant;
import vn.wtcexpo.gate.model.DenyReason;
import vn.wtcexpo.gate.model.ScanDirection;
import vn.wtcexpo.gate.model.ScanResult;
import vn.wtcexpo.registration.application.GateFeed.ScannedBadge;

/**
 * A gate's answer: admitted (for an exit: recorded) or denied with the first reason that applied; the badge when
 * the code named one. {@code counted}: the scan moved someone in or out. {@code replayed}: the nonce was seen
 * before and this is that scan's answer again. {@code conflict}: a gate that was offline decided otherwise.
 * {@code insideSince} and {@code insideGate}: for ALREADY_INSIDE, when and through which gate the holder came in
 * (what the person at the door asks next); null otherwise.
 */
public record ScanAnswer(String eventId, ScanResult result, DenyReason reason, ScannedBadge badge, String gate, String hall,
                         ScanDirection direction, boolean counted, boolean replayed, boolean conflict,
                         Instant insideSince, String insideGate) {

    public boolean admitted() {
        return result == ScanResult.ADMITTED;
    }

    /** The same answer, saying since when and through which gate the holder is inside. */
    public ScanAnswer inside(Instant since, String throughGate) {
        return new ScanAnswer(eventId, result, reason, badge, gate, hall, direction, counted, replayed, conflict, since, throughGate);
    }
}
