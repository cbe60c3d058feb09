package vn.wtcexpo.event.application;

/**
 * What other contexts have built on an event (booths held or sold). Asked before an event goes back to
 * a draft. Reads in the caller's transaction and changes nothing.
 */
public interface EventPlanUse {

    /** How many exhibitors hold, have reserved or bought booths of the event. */
    int takenBooths(String eventId);
}
