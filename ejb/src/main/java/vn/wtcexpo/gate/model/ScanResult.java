package vn.wtcexpo.gate.model;

/** What a gate answers: admitted (for an exit: the exit was recorded), or denied with a {@link DenyReason}. */
public enum ScanResult { ADMITTED, DENIED }
