package vn.wtcexpo.exhibition.model;

/** A booth's price is for the booth, or per square metre of its area. */
public enum Pricing { PER_BOOTH, PER_SQM }
