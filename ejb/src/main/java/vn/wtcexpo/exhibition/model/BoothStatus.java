package vn.wtcexpo.exhibition.model;

/** {@code AVAILABLE → ON_HOLD → RESERVED → SOLD}; {@code BLOCKED} areas are never sold. */
public enum BoothStatus { AVAILABLE, ON_HOLD, RESERVED, SOLD, BLOCKED }
