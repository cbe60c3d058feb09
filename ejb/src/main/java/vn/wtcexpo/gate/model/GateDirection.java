package vn.wtcexpo.gate.model;

/** Which way people pass a gate: in, out, or both (a scan then says which). */
public enum GateDirection {
    IN, OUT, BOTH;

    public boolean allows(ScanDirection direction) {
        return this == BOTH || name().equals(direction.name());
    }

    /** The direction of a scan that did not say: the gate's own, unless it goes both ways. */
    public ScanDirection defaultScan() {
        return this == BOTH ? null : ScanDirection.valueOf(name());
    }
}
