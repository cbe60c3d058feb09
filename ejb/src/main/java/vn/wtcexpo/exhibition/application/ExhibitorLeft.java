package vn.wtcexpo.exhibition.application;

/**
 * A company has no reserved or sold booth left at an event (its last one was cancelled, declined or expired):
 * what it was let in for ends there, in the transaction that ended the booth (its staff badges, its lead scanners).
 */
public record ExhibitorLeft(String exhibitorId, String eventId) {
}
