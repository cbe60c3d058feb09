package vn.wtcexpo.gate.model;

/** An entry or an exit. */
public enum ScanDirection { IN, OUT }
