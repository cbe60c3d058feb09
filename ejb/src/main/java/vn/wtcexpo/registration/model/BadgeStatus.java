package vn.wtcexpo.registration.model;

/** A badge admits while active; a revoked badge's code is on the event's revocation list. */
public enum BadgeStatus { ACTIVE, REVOKED }
