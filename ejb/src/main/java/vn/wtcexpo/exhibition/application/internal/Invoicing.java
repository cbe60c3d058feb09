package vn.wtcexpo.exhibition.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.booking.application.VatRates;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.Charge;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.MoneyReceived;
import vn.wtcexpo.exhibition.model.Payment;
import vn.wtcexpo.exhibition.model.DocNumber;
import vn.wtcexpo.exhibition.model.PaymentRequest;
import vn.wtcexpo.exhibition.model.PaymentTerms;
import vn.wtcexpo.exhibition.model.Reservation;
import vn.wtcexpo.exhibition.model.ReservationStatus;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;

/**
 * Payment requests as reservations make and pay them: issued for the booths of one approval, withdrawn and replaced
 * when one of them is cancelled, paid (every booth on a request paid in full is sold). The caller holds the booths'
 * locks ({@link BoothLocks}); joins its transaction; the company is told by e-mail through the outbox.
 */
@ApplicationScoped
public class Invoicing {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private VatRates vatRates;

    @Inject
    private DocumentSequences sequences;

    @Inject
    private ReservationMailer mailer;

    /**
     * Issues one request for holds of a company approved together ({@code approved} in booth order), a line per
     * booth; booths given away are sold at once.
     */
    public PaymentRequest issue(EventSummary event, Exhibitor company, List<Reservation> approved, Map<String, Booth> booths,
                                String by, Instant now) {
        List<LocalDate> showDays = event.showDays();
        int depositPercent = event.terms().depositPercent();
        List<PaymentRequest.Item> items = new ArrayList<>();
        for (Reservation r : approved) {
            Booth booth = booths.get(r.id());
            items.add(new PaymentRequest.Item(r, booth,
                    Charge.of(booth.netPriceVnd(), showDays, vatRates::rateBpOn, depositPercent)));
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.VIETNAM));
        PaymentRequest request = PaymentRequest.issue(nextNumber(today),
                new PaymentRequest.Subject(event.id(), event.nameVi(), event.nameEn(), company, showDays.get(0),
                        showDays.get(showDays.size() - 1)),
                items, depositPercent, PaymentTerms.of(today, showDays.get(0)), by, now);
        repository.add(request);
        repository.flush(); // the reservations refer to it
        for (Reservation r : approved) {
            r.invoicedBy(request.id());
            if (request.grossVnd() == 0) {
                r.paidInFull(booths.get(r.id()));
            }
        }
        repository.flush();
        mailer.send(notice(ReservationMailer.Kind.APPROVED, approved, booths, event, company, request, null, null));
        return request;
    }

    /** The current request of a reservation that is about to be cancelled, refused if money was paid on it. */
    public PaymentRequest unpaidRequestOf(Reservation r) {
        PaymentRequest request = repository.paymentRequest(r.paymentRequestId()).filter(p -> !p.voided()).orElse(null);
        if (request != null) {
            repository.refresh(request);
            if (request.paidVnd() > 0) {
                throw DomainException.conflict("RESERVATION_HAS_PAYMENTS");
            }
        }
        return request;
    }

    /**
     * After {@code cancelled}'s booth was cancelled: its request is withdrawn and, when it covered other booths still
     * approved, replaced by a new one for them, which the company is sent.
     */
    public void withdraw(PaymentRequest request, Reservation cancelled, Map<String, Booth> booths, EventSummary event,
                         Exhibitor company, String by, Instant now) {
        String why = booths.get(cancelled.id()).number();
        List<Reservation> others = request.reservationIds().stream().filter(o -> !o.equals(cancelled.id()))
                .map(o -> repository.reservation(o).orElseThrow()).filter(o -> o.status().live()).toList();
        if (others.isEmpty()) {
            request.voidFor(why, by, now);
            return;
        }
        PaymentRequest replacement = request.replaceWithout(cancelled.id(), nextNumber(LocalDate.now(clock.withZone(Formats.VIETNAM))), why,
                by, now);
        repository.add(replacement);
        repository.flush();
        request.replacedBy(replacement);
        others.forEach(o -> o.invoicedBy(replacement.id()));
        repository.flush();
        mailer.send(notice(ReservationMailer.Kind.REPLACED, others, booths, event, company, replacement, why, request.number()));
    }

    /**
     * Records money received against a reservation's request; paid in full, every booth on it is sold and the company
     * told. The caller locked them ({@link BoothLocks#lockWithItsRequest}).
     */
    public void pay(Reservation r, Map<String, Booth> booths, MoneyReceived money, String by, EventSummary event,
                    Exhibitor company) {
        if (r.status() != ReservationStatus.RESERVED) {
            throw DomainException.conflict("RESERVATION_NOT_RESERVED", r.status().name());
        }
        PaymentRequest request = repository.refresh(repository.paymentRequest(r.paymentRequestId()).orElseThrow());
        boolean full = request.pay(money.amountVnd());
        repository.add(new Payment(request.id(), money.amountVnd(), money.receivedOn(), money.reference(), by, clock.instant()));
        List<Reservation> covered = request.reservationIds().stream()
                .map(o -> repository.reservation(o).orElseThrow()).filter(o -> o.status() == ReservationStatus.RESERVED).toList();
        if (full) {
            covered.forEach(o -> o.paidInFull(booths.get(o.id())));
        }
        repository.flush();
        if (full) {
            mailer.send(notice(ReservationMailer.Kind.SOLD, covered, booths, event, company, request, null, null));
        }
    }

    private DocNumber nextNumber(LocalDate today) {
        int year = today.getYear();
        return new DocNumber(year, sequences.next(DocNumber.SEQUENCE, year));
    }

    /** A notice about several booths of one company (in the order given) and their payment request. */
    private static ReservationMailer.Notice notice(ReservationMailer.Kind kind, List<Reservation> rs, Map<String, Booth> booths,
                                                   EventSummary event, Exhibitor company, PaymentRequest request,
                                                   String reason, String replaces) {
        List<Booth> list = rs.stream().map(r -> booths.get(r.id())).toList();
        String numbers = String.join(", ", list.stream().map(Booth::number).toList());
        String halls = String.join(", ", list.stream().map(Booth::hallCode).distinct().sorted().toList());
        return new ReservationMailer.Notice(kind, company.email(), event.nameVi(), event.nameEn(), numbers, halls, null,
                request.number(), request.grossVnd(), request.depositVnd(), request.depositDue(), request.balanceDue(),
                reason, company.companyName(), Math.max(1, list.size()), replaces);
    }
}
