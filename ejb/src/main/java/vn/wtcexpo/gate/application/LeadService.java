package vn.wtcexpo.gate.application;

import java.util.List;

/**
 * Lead retrieval: an exhibitor's staff scan visitors' badges at the booth (the exhibitor's account, or a lead
 * scanner it paired). Only the exhibitor's own leads are ever seen.
 */
public interface LeadService {

    /** The lead of a scanned badge: made on the first scan, the same one after ({@code created} false). */
    LeadSummary capture(String eventId, String code);

    /** Rates a lead and keeps notes about it. */
    LeadSummary assess(String leadId, Integer rating, String notes);

    /** The calling exhibitor's leads at an event, newest first. */
    List<LeadSummary> leads(String eventId);

    /** The calling exhibitor's lead scanners at the event that still work (no tokens), newest first. */
    List<DeviceSummary> leadScanners(String eventId);

    /** A lead scanner for the calling exhibitor's staff on this phone (a device token for the event, for a day). */
    DeviceSummary openLeadScanner(String eventId, String deviceName);
}
