package vn.wtcexpo.rest.insight;

/** An event's forecast settings: the target wait at a gate, in minutes (1 to 60; 5 until set). */
public record ForecastSettingsJson(Integer targetWaitMinutes) {
}
