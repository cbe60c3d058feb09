package vn.wtcexpo.exhibition.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.Reservation;
import vn.wtcexpo.exhibition.model.ReservationStatus;
import vn.wtcexpo.infrastructure.scheduling.ExpiringHolds;

/** Booth holds whose time is up expire, each in a small transaction of its own, in the reservations' lock order. */
@Stateless
@LocalBean
@Local(ExpiringHolds.class)
@PermitAll
public class BoothHoldExpiry implements ExpiringHolds {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    private static final int BATCH = 200;

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private BoothLocks locks;

    @Inject
    private BoothEnds ends;

    @Resource
    private SessionContext context;

    @Override
    public String holdKind() {
        return "booth";
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireDueHolds() {
        return expireDueBy(clock.instant());
    }

    /** Expires the holds due by {@code cutoff}; a hold somebody else has locked is left for the next run. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireDueBy(Instant cutoff) {
        BoothHoldExpiry self = context.getBusinessObject(BoothHoldExpiry.class);
        return ExpiringHolds.expireEach(repository.dueHoldIds(cutoff, BATCH), id -> self.expireOne(id, cutoff));
    }

    /** Expires one hold if it is still due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expireOne(String id, Instant cutoff) {
        Reservation r = repository.reservation(id).orElse(null);
        if (r == null) {
            return false;
        }
        Booth booth = locks.lockFloorOf(r);
        if (r.status() != ReservationStatus.ON_HOLD || !r.hold().isDueBy(cutoff)) {
            return false;
        }
        r.expire(booth, clock.instant());
        ends.ended(r, booth, ReservationMailer.Kind.EXPIRED, false);
        return true;
    }
}
