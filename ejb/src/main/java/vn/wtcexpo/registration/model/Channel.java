package vn.wtcexpo.registration.model;

/** How a badge came to be: registered online, at the registration desk, or from an exhibitor's staff list. */
public enum Channel { ONLINE, DESK, STAFF_LIST }
