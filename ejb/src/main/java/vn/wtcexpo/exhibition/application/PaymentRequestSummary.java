package vn.wtcexpo.exhibition.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.wtcexpo.exhibition.model.Charge;
import vn.wtcexpo.exhibition.model.Payment;
import vn.wtcexpo.exhibition.model.PaymentRequest;

/** A payment request and the payments received against it, in whole VND. */
public record PaymentRequestSummary(String id, String number, String reservationId, String eventId, String buyerName,
                                    String buyerTaxCode, String buyerAddress, String eventNameVi, String eventNameEn,
                                    String boothNumber, String hall, double boothAreaSqm, LocalDate firstShowDay,
                                    LocalDate lastShowDay, long netVnd, long vatVnd, long grossVnd, long depositVnd,
                                    long balanceVnd, long paidVnd, long outstandingVnd, LocalDate depositDue,
                                    LocalDate balanceDue, Instant issuedAt, List<Charge.VatPart> vat,
                                    List<PaymentLine> payments) {

    /** Money received. */
    public record PaymentLine(String id, long amountVnd, LocalDate receivedOn, String reference, String recordedBy,
                              Instant recordedAt) {
    }

    public static PaymentRequestSummary of(PaymentRequest p, List<Payment> payments) {
        return new PaymentRequestSummary(p.id(), p.number(), p.reservationId(), p.eventId(), p.buyerName(),
                p.buyerTaxCode().display(), p.buyerAddress(), p.eventNameVi(), p.eventNameEn(), p.boothNumber(),
                p.hallCode(), Math.round(p.boothAreaCm2() / 100.0) / 100.0, p.firstShowDay(), p.lastShowDay(),
                p.netVnd(), p.vatVnd(), p.grossVnd(), p.depositVnd(), p.balanceVnd(), p.paidVnd(), p.outstandingVnd(),
                p.depositDue(), p.balanceDue(), p.issuedAt(), p.vat(),
                payments.stream().map(x -> new PaymentLine(x.id(), x.amountVnd(), x.receivedOn(), x.reference(),
                        x.recordedBy(), x.recordedAt())).toList());
    }

    public boolean paidInFull() {
        return outstandingVnd == 0;
    }
}
