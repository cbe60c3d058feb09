package vn.wtcexpo.gate.model;

/** What a paired device scans for: admission at the event's gates, or an exhibitor's leads at its booth. */
public enum DeviceMode { GATE, LEADS }
