package vn.wtcexpo.rest.exhibition;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.wtcexpo.exhibition.application.PaymentRequestSummary;
import vn.wtcexpo.exhibition.application.ReservationSummary;
import vn.wtcexpo.rest.ApiTime;
import vn.wtcexpo.rest.Bilingual;

/** A booth reservation on the API, with its payment request once approved ({@code invoice}). */
@JsonbPropertyOrder({"id", "event", "eventName", "booth", "hall", "areaSqm", "priceVnd", "status", "holdExpiresAt",
        "exhibitor", "requestedAt", "decidedAt", "closedAt", "closeReason", "invoice"})
public record ReservationJson(String id, String event, Bilingual eventName, String booth, String hall, double areaSqm,
                              long priceVnd, String status, OffsetDateTime holdExpiresAt, ExhibitorRef exhibitor,
                              OffsetDateTime requestedAt, OffsetDateTime decidedAt, OffsetDateTime closedAt,
                              String closeReason, InvoiceJson invoice) {

    @JsonbPropertyOrder({"id", "companyName"})
    public record ExhibitorRef(String id, String companyName) {
    }

    /**
     * The payment request: a line per booth (and VAT rate), amounts in whole VND, due dates, what was paid; not the
     * legal e-invoice. A withdrawn one ({@code status} {@code VOID}) names the request that replaces it, if any.
     */
    @JsonbPropertyOrder({"id", "number", "status", "lines", "netVnd", "vatVnd", "grossVnd", "depositVnd", "balanceVnd",
            "paidVnd", "outstandingVnd", "depositDue", "balanceDue", "vat", "pdfUrl", "issuedAt", "voidedAt",
            "voidReason", "replacedBy"})
    public record InvoiceJson(String id, String number, String status, List<LineJson> lines, long netVnd, long vatVnd,
                              long grossVnd, long depositVnd, long balanceVnd, long paidVnd, long outstandingVnd,
                              LocalDate depositDue, LocalDate balanceDue, List<VatJson> vat, String pdfUrl,
                              OffsetDateTime issuedAt, OffsetDateTime voidedAt, String voidReason, String replacedBy) {

        static InvoiceJson of(PaymentRequestSummary p) {
            String status = p.voided() ? "VOID" : p.paidInFull() ? "PAID" : p.paidVnd() > 0 ? "PART_PAID" : "OPEN";
            return new InvoiceJson(p.id(), p.number(), status,
                    p.lines().stream().map(l -> new LineJson(l.lineNo(), l.reservationId(), l.boothNumber(), l.hall(),
                            l.boothAreaSqm(), l.rateBp() / 100.0, l.netVnd(), l.vatVnd(), l.grossVnd())).toList(),
                    p.netVnd(), p.vatVnd(), p.grossVnd(), p.depositVnd(),
                    p.balanceVnd(), p.paidVnd(), p.outstandingVnd(), p.depositDue(), p.balanceDue(),
                    p.vat().stream().map(v -> new VatJson(v.rateBp() / 100.0, v.baseVnd(), v.vatVnd())).toList(),
                    "/api/invoices/" + p.id() + ".pdf", ApiTime.out(p.issuedAt()), ApiTime.out(p.voidedAt()),
                    p.voidReason(), p.replacedBy());
        }
    }

    /** One line of a payment request: a booth's rent at one VAT rate. */
    @JsonbPropertyOrder({"line", "reservation", "booth", "hall", "areaSqm", "vatRatePercent", "netVnd", "vatVnd", "grossVnd"})
    public record LineJson(int line, String reservation, String booth, String hall, double areaSqm, double vatRatePercent,
                           long netVnd, long vatVnd, long grossVnd) {
    }

    /** The VAT on the part of the net taxed at one rate. */
    @JsonbPropertyOrder({"ratePercent", "baseVnd", "vatVnd"})
    public record VatJson(double ratePercent, long baseVnd, long vatVnd) {
    }

    static ReservationJson of(ReservationSummary r) {
        return new ReservationJson(r.id(), r.eventId(), new Bilingual(r.eventNameVi(), r.eventNameEn()), r.boothNumber(),
                r.hall(), r.boothAreaSqm(), r.boothPriceVnd(), r.status().name(),
                r.onHold() ? ApiTime.out(r.holdExpiresAt()) : null, new ExhibitorRef(r.exhibitorId(), r.companyName()),
                ApiTime.out(r.requestedAt()), ApiTime.out(r.decidedAt()), ApiTime.out(r.closedAt()), r.closeReason(),
                r.invoice() == null ? null : InvoiceJson.of(r.invoice()));
    }
}
