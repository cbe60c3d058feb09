package vn.wtcexpo.rest.gate;

/** A device to pair: its name (e.g. "North gate phone 1") and for how many days its token lasts (14 when absent). */
public record DeviceInput(String name, Integer expiresInDays) {
}
