package vn.wtcexpo.gate.application;

import java.time.LocalDate;
import java.util.List;

/** What the scan log tells: the live dashboard of today, and the visitor flow of every day (counts only). */
public interface GateReports {

    /** Counts below this (and above zero) are left out of the visitor flow. */
    int SMALL_COUNT = 5;

    /** The live dashboard: occupancy, admissions per hour and gate, denied scans by reason, silent gates, conflicts. */
    GateDashboard dashboard(String eventId);

    /** Visitor flow per hall and hour, aggregated (counts only): entries, exits and the peak inside. */
    List<FlowRow> flow(String eventId);

    /**
     * One hall and hour of a day: entries, exits, and the most people inside at once during it. A count from 1 to
     * {@link #SMALL_COUNT} - 1 is null (suppressed), so that no one can be singled out in open data.
     */
    record FlowRow(LocalDate day, String hall, int hour, Integer entries, Integer exits, Integer peakInside) {
    }
}
