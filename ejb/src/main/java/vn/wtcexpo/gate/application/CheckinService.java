package vn.wtcexpo.gate.application;

/**
 * Scans at the gates: gate staff, paired gate devices (for their event), the event's organizer and the venue
 * admin. Each scan is one transaction, stored before the answer; a nonce seen before gives that scan's answer.
 */
public interface CheckinService {

    /** Decides and stores a scan; a bad request is a {@code DomainException} (400), never a scan. */
    ScanAnswer scan(ScanRequest request);
}
