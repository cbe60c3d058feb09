package vn.wtcexpo.exhibition.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.wtcexpo.exhibition.model.Charge;
import vn.wtcexpo.exhibition.model.Payment;
import vn.wtcexpo.exhibition.model.PaymentRequest;

/**
 * A payment request and the payments received against it, in whole VND: a line per booth (and VAT rate), the totals;
 * a withdrawn request says when, why, and which request replaces it.
 */
public record PaymentRequestSummary(String id, String number, String eventId, String buyerName, String buyerTaxCode,
                                    String buyerAddress, String eventNameVi, String eventNameEn, List<Line> lines,
                                    LocalDate firstShowDay, LocalDate lastShowDay, long netVnd, long vatVnd,
                                    long grossVnd, int depositPercent, long depositVnd, long balanceVnd, long paidVnd,
                                    long outstandingVnd, LocalDate depositDue, LocalDate balanceDue, Instant issuedAt,
                                    List<Charge.VatPart> vat, List<PaymentLine> payments, Instant voidedAt,
                                    String voidReason, String replacedBy) {

    /** One line: a booth's rent taxed at one rate. */
    public record Line(int lineNo, String reservationId, String boothNumber, String hall, double boothAreaSqm,
                       int rateBp, long netVnd, long vatVnd) {
        public long grossVnd() {
            return netVnd + vatVnd;
        }
    }

    /** Money received. */
    public record PaymentLine(String id, long amountVnd, LocalDate receivedOn, String reference, String recordedBy,
                              Instant recordedAt) {
    }

    public static PaymentRequestSummary of(PaymentRequest p, List<Payment> payments) {
        return new PaymentRequestSummary(p.id(), p.number(), p.eventId(), p.buyerName(), p.buyerTaxCode().display(),
                p.buyerAddress(), p.eventNameVi(), p.eventNameEn(),
                p.lines().stream().map(l -> new Line(l.lineNo(), l.reservationId(), l.boothNumber(), l.hallCode(),
                        Math.round(l.boothAreaCm2() / 100.0) / 100.0, l.rateBp(), l.netVnd(), l.vatVnd())).toList(),
                p.firstShowDay(), p.lastShowDay(), p.netVnd(), p.vatVnd(), p.grossVnd(), p.depositPercent(),
                p.depositVnd(), p.balanceVnd(), p.paidVnd(), p.outstandingVnd(), p.depositDue(), p.balanceDue(),
                p.issuedAt(), p.vat(),
                payments.stream().map(x -> new PaymentLine(x.id(), x.amountVnd(), x.receivedOn(), x.reference(),
                        x.recordedBy(), x.recordedAt())).toList(), p.voidedAt(), p.voidReason(), p.replacedBy());
    }

    public boolean paidInFull() {
        return voidedAt == null && outstandingVnd == 0;
    }

    public boolean voided() {
        return voidedAt != null;
    }

    /** The booths on the request, each once, in line order. */
    public List<String> boothNumbers() {
        return lines.stream().map(Line::boothNumber).distinct().toList();
    }

    /** The booths on the request as one line of text: {@code }. */
    public String boothList() {
        return String.join(", ", boothNumbers());
    }

    /** The reservations the request covers, each once. */
    public List<String> reservationIds() {
        return lines.stream().map(Line::reservationId).distinct().toList();
    }

    /** Whether the lines of one booth carry more than one VAT rate (its show days straddle a change of rate). */
    public boolean splitByRate() {
        return lines.size() > reservationIds().size();
    }
}
