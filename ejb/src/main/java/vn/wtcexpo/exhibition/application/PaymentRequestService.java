package vn.wtcexpo.exhibition.application;

import java.time.LocalDate;

/**
 * Payment requests ("invoices" on the API): read by the company they are for, the event's organizer and the venue
 * admin, as data, as a bilingual PDF and as the XML of Vietnam's e-invoices; paid by the organizer recording the
 * money received. Issued, withdrawn and replaced by the reservations they cover ({@link ReservationService}).
 */
public interface PaymentRequestService {

    PaymentRequestSummary paymentRequest(String id);

    /** The payment request as a bilingual PDF (not the legal VAT invoice). */
    byte[] paymentRequestPdf(String id);

    /** The data of the legal VAT invoice in the tax authority's XML layout (Circular 78/2021), unsigned. */
    String eInvoiceXml(String id);

    /** Money received against a payment request (all the booths it covers are sold once it is paid in full). */
    PaymentRequestSummary recordPayment(String requestId, long amountVnd, LocalDate receivedOn, String reference);
}
