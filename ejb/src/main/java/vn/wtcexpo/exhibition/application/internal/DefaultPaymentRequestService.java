package vn.wtcexpo.exhibition.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.exhibition.application.PaymentRequestService;
import vn.wtcexpo.exhibition.application.PaymentRequestSummary;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.MoneyReceived;
import vn.wtcexpo.exhibition.model.PaymentRequest;
import vn.wtcexpo.exhibition.model.Reservation;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.Roles;

/** Payment requests read and paid: a request is the company's it is for, its event organizer's and the venue admin's. */
@Stateless
public class DefaultPaymentRequestService implements PaymentRequestService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private EventService events;

    @Inject
    private BoothLocks locks;

    @Inject
    private Invoicing invoicing;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({Roles.EXHIBITOR, Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public PaymentRequestSummary paymentRequest(String id) {
        PaymentRequest p = readable(id);
        return PaymentRequestSummary.of(p, repository.paymentsOf(p.id()));
    }

    @Override
    @RolesAllowed({Roles.EXHIBITOR, Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public byte[] paymentRequestPdf(String id) {
        return PaymentRequestPdf.render(paymentRequest(id), repository.seller().map(DefaultSellerService::details).orElse(null));
    }

    @Override
    @RolesAllowed({Roles.EXHIBITOR, Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public String eInvoiceXml(String id) {
        return EInvoiceXml.render(paymentRequest(id), repository.seller().map(DefaultSellerService::details).orElse(null));
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public PaymentRequestSummary recordPayment(String requestId, long amountVnd, LocalDate receivedOn, String reference) {
        MoneyReceived money = MoneyReceived.of(amountVnd, receivedOn, reference, LocalDate.now(clock.withZone(Formats.VIETNAM)));
        PaymentRequest p = repository.paymentRequest(requestId).filter(x -> events.mayManage(x.eventId()))
                .orElseThrow(() -> DomainException.notFound("INVOICE_NOT_FOUND", String.valueOf(requestId)));
        if (p.voided()) {
            throw DomainException.conflict("INVOICE_VOID", p.number());
        }
        Reservation first = repository.reservation(p.reservationIds().get(0)).orElseThrow();
        Map<String, Booth> booths = locks.lockWithItsRequest(first);
        invoicing.pay(first, booths, money, caller(), events.event(p.eventId()),
                repository.exhibitor(p.exhibitorId()).orElseThrow());
        return paymentRequest(p.id());
    }

    /** A request the caller may read; not found otherwise (its existence is not told). */
    private PaymentRequest readable(String id) {
        PaymentRequest p = repository.paymentRequest(id).orElseThrow(() -> DomainException.notFound("INVOICE_NOT_FOUND", id));
        boolean mayRead = Callers.isIn(context, Roles.VENUE_ADMIN) || events.mayManage(p.eventId())
                || (Callers.isIn(context, Roles.EXHIBITOR) && repository.memberOf(caller())
                        .map(m -> m.exhibitorId().equals(p.exhibitorId())).orElse(false));
        if (!mayRead) {
            throw DomainException.notFound("INVOICE_NOT_FOUND", id);
        }
        return p;
    }

    private String caller() {
        return Callers.name(context);
    }
}
