package vn.wtcexpo.event.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A confirmed hall booking an event runs on, by id, with its hall's code. */
@Embeddable
public class EventBooking {

    @Column(name = "booking_id", nullable = false, length = 36)
    private String bookingId;

    @Column(name = "hall_code", nullable = false, length = 10)
    private String hallCode;

    protected EventBooking() {
    }

    public EventBooking(String bookingId, String hallCode) {
        this.bookingId = bookingId;
        this.hallCode = hallCode;
    }

    public String bookingId() { return bookingId; }
    public String hallCode() { return hallCode; }

    // a value: EclipseLink compares the event's set of bookings with the copy it read by these, so without them an
    // event of two halls looked changed at every commit (its version went up on reads, and concurrent reads failed)
    @Override
    public boolean equals(Object o) {
        return o instanceof EventBooking b && java.util.Objects.equals(bookingId, b.bookingId)
                && java.util.Objects.equals(hallCode, b.hallCode);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(bookingId, hallCode);
    }
}
