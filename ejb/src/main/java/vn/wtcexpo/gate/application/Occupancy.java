package vn.wtcexpo.gate.application;

import java.time.LocalDate;
import java.util.List;

/** Who is inside an event's halls now (today, local time), against each hall's safety capacity. */
public record Occupancy(String eventId, LocalDate day, int inside, List<Hall> halls, int admittedToday) {

    /** {@code warning}: at 90 % of capacity or more. */
    public record Hall(String hall, int inside, int capacity, int entries, int exits) {
        public boolean warning() {
            return capacity > 0 && inside * 10L >= capacity * 9L;
        }

        public boolean full() {
            return inside >= capacity;
        }

        /** Inside as a share of capacity, 0–100 (capped). */
        public int percent() {
            return capacity <= 0 ? 0 : (int) Math.min(100, inside * 100L / capacity);
        }
    }
}
