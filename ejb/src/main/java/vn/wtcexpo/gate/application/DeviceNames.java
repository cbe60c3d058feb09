package vn.wtcexpo.gate.application;

/** How a paired device is named as a caller: {@code device:<id>}; no account name contains a colon. */
public final class DeviceNames {

    public static final String PREFIX = "device:";

    private DeviceNames() {
    }

    public static String of(String deviceId) {
        return PREFIX + deviceId;
    }

    public static String idOf(String callerName) {
        return callerName != null && callerName.startsWith(PREFIX) ? callerName.substring(PREFIX.length()) : null;
    }
}
