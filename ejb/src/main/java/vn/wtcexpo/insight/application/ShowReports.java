package vn.wtcexpo.insight.application;

import vn.wtcexpo.insight.model.ShowReport;

/** What a fair did: the post-show report for its organizer, and each exhibitor's own page of it. */
public interface ShowReports {

    /**
     * The report of an event (its organizer, the venue admin), as of its last closing or, while it runs, now: 404
     * EVENT_NOT_FOUND for an event the caller does not manage, 409 REPORT_BEFORE_SHOW before its first show day (from
     * that day on it reports the show so far).
     */
    ShowReport report(String eventId);

    /**
     * The calling exhibitor's page of an event's report: 404 EVENT_NOT_FOUND where it neither had a booth nor captured
     * a lead, 409 REPORT_BEFORE_SHOW before the first show day.
     */
    ShowReport.ExhibitorPage myPage(String eventId);
}
