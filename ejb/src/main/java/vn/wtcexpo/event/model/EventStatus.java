package vn.wtcexpo.event.model;

/** A draft is private to its organizer and the venue; a published event is public. */
public enum EventStatus { DRAFT, PUBLISHED }
