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
}
