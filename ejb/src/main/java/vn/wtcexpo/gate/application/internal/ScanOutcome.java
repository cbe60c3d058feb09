package vn.wtcexpo.gate.application.internal;

import vn.wtcexpo.gate.model.DenyReason;
import vn.wtcexpo.gate.model.ScanLedger.Arrival;
import vn.wtcexpo.gate.model.ScanLedger.Count;
import vn.wtcexpo.gate.model.ScanLedger.Placement;
import vn.wtcexpo.gate.model.ScanResult;

/**
 * What a scan decided, and what storing it changes: admitted or denied (with the reason), whether it moved its holder,
 * the hall it is booked to, the count it adds or takes back, where its holder is from now, and the arrival it adds
 * to the day's tally (its holder's first entry of the day).
 */
record ScanOutcome(ScanResult result, DenyReason reason, boolean counted, String hall, Count count, Placement placement,
                   Arrival arrival) {

    static ScanOutcome denied(DenyReason reason, String hall) {
        return new ScanOutcome(ScanResult.DENIED, reason, false, hall, null, null, null);
    }

    /** Admitted; {@code counted}: it moved its holder in or out (an exit of someone not inside moves nobody). */
    static ScanOutcome admitted(String hall, boolean counted) {
        return new ScanOutcome(ScanResult.ADMITTED, null, counted, hall, null, null, null);
    }

    ScanOutcome counting(Count c) {
        return new ScanOutcome(result, reason, counted, hall, c, placement, arrival);
    }

    ScanOutcome placing(Placement p) {
        return new ScanOutcome(result, reason, counted, hall, count, p, arrival);
    }

    /** Adds {@code a} to the day's tally (null: not an arrival). */
    ScanOutcome arriving(Arrival a) {
        return new ScanOutcome(result, reason, counted, hall, count, placement, a);
    }
}
