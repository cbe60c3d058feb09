package vn.wtcexpo.exhibition.application;

import java.time.Instant;
import java.util.Locale;
import vn.wtcexpo.exhibition.model.ReservationStatus;

/** A booth reservation as its exhibitor and the event's organizer see it. */
public record ReservationSummary(String id, String eventId, String eventNameVi, String eventNameEn, String boothId,
                                 String boothNumber, String hall, double boothAreaSqm, long boothPriceVnd,
                                 String exhibitorId, String companyName, String requestedBy, ReservationStatus status,
                                 Instant requestedAt, Instant holdExpiresAt, Instant decidedAt, Instant closedAt,
                                 String closeReason, PaymentRequestSummary invoice) {

    public String eventName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? eventNameEn : eventNameVi;
    }

    public boolean onHold() {
        return status == ReservationStatus.ON_HOLD;
    }

    public boolean reserved() {
        return status == ReservationStatus.RESERVED;
    }

    public boolean live() {
        return status.live();
    }
}
