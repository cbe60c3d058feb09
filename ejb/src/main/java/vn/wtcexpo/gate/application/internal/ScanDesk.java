package vn.wtcexpo.gate.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.ScanAnswer;
import vn.wtcexpo.gate.model.Admission;
import vn.wtcexpo.gate.model.DenyReason;
import vn.wtcexpo.gate.model.Gate;
import vn.wtcexpo.gate.model.ScanDirection;
import vn.wtcexpo.gate.model.ScanFailure;
import vn.wtcexpo.gate.model.ScanLedger;
import vn.wtcexpo.gate.model.ScanLedger.Arrival;
import vn.wtcexpo.gate.model.ScanLedger.Count;
import vn.wtcexpo.gate.model.ScanLedger.NewScan;
import vn.wtcexpo.gate.model.ScanLedger.Placement;
import vn.wtcexpo.gate.model.ScanLedger.Presence;
import vn.wtcexpo.gate.model.ScanLedger.Room;
import vn.wtcexpo.gate.model.ScanLedger.StoredScan;
import vn.wtcexpo.gate.model.ScanResult;
import vn.wtcexpo.gate.model.ScanUnit;
import vn.wtcexpo.registration.application.BadgeChecks;
import vn.wtcexpo.registration.application.GateFeed.CodeCheck;
import vn.wtcexpo.registration.application.GateFeed.ScannedBadge;
import vn.wtcexpo.shared.Formats;

/**
 * One scan, one transaction: decided in the fixed order and stored before the answer leaves. The caller
 * ({@link DefaultCheckinService}) has checked the request and who sends it.
 *
 * <p>The transaction is the scan's own unit ({@link ScanUnit}: one connection, a local transaction, not JTA's), and
 * the badge is read in it too. A plain CDI bean, so a scan passes no session bean's security check, pool and
 * interceptors, and no transaction manager (bench/README.md tells what they cost under load). A scan that stops
 * throws a {@link ScanFailure}, after the unit rolled back.
 */
@ApplicationScoped
public class ScanDesk {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private ScanLedger ledger;

    @Inject
    private ScanUnit unit;

    @Inject
    private GateDirectory directory;

    @Inject
    private BadgeChecks checks;

    /** Halls last seen close to capacity: their entries start under the exclusive lock. */
    private static final Map<String, Boolean> NEAR_FULL = new ConcurrentHashMap<>();

    /** A checked scan: the gate it is at, who sends it, when. */
    public record Scan(Gate gate, String code, ScanDirection direction, String nonce, Instant scannedAt,
                       ScanResult offlineResult, String deviceId, String actor) {
    }

    /**
     * Decides and stores a scan in its own unit.
     *
     * @throws ScanFailure.ReplayedNonce when its nonce is stored already: answer with {@link #replayOf}
     * @throws ScanFailure.NeedsExclusiveEntry when it must be decided again with {@code exclusive}
     */
    public ScanAnswer decide(Scan scan, boolean exclusive) {
        return unit.run(() -> decideNow(scan, exclusive));
    }

    private ScanAnswer decideNow(Scan scan, boolean exclusive) {
        Gate gate = scan.gate();
        String eventId = gate.eventId();
        // a nonce seen before is found by its unique key when this scan is stored: the unit then rolls back and the
        // caller answers with the stored scan (ScanFailure.ReplayedNonce)
        ZonedDateTime at = scan.scannedAt().atZone(Formats.VIETNAM);
        LocalDate day = at.toLocalDate();
        CodeCheck check = checks.verify(scan.code(), eventId);
        if (!check.valid()) {
            return deny(scan, DenyReason.valueOf(check.reason()), check.badge());
        }
        ScannedBadge badge = check.badge();
        EventSummary event = directory.event(eventId);
        boolean entry = scan.direction() == ScanDirection.IN;
        if (entry) {
            EventSummary.BadgeTypeSummary type = event.badgeType(badge.kind());
            Admission.Rights rights = type == null
                    ? new Admission.Rights(badge.kind(), java.util.Set.of(), java.util.Set.of())
                    : new Admission.Rights(badge.kind(), new HashSet<>(type.days()), new HashSet<>(type.halls()));
            EventSummary.Day hours = event.days().stream().filter(d -> d.day().equals(day)).findFirst().orElse(null);
            Admission.Doors doors = new Admission.Doors(event.published(), hours == null ? null : hours.opens(),
                    hours == null ? null : hours.closes());
            // a scan synced from an offline gate after its day is recorded as it happened (a conflict if the gate
            // admitted it), but admits and counts nobody: that day is over
            Optional<DenyReason> refused = Admission.entry(rights, gate.hallCode(), doors, at, LocalDate.now(clock.withZone(Formats.VIETNAM)));
            if (refused.isPresent()) {
                return deny(scan, refused.get(), badge);
            }
            String hallKey = eventId + '/' + gate.hallCode();
            exclusive = exclusive || !ledger.sharedLocks() || NEAR_FULL.getOrDefault(hallKey, false);
            Count counted = new Count(eventId, gate.hallCode(), day, gate.code(), 1, 0);
            Placement inside = new Placement(badge.id(), gate.hallCode(), day, gate.code(), scan.scannedAt());
            if (exclusive) {
                Presence presence = ledger.lockHallAndPresence(eventId, gate.hallCode(), badge.id());
                if (presence.insideOn(day)) {
                    return deny(scan, DenyReason.ALREADY_INSIDE, badge).inside(presence.since(), presence.gate());
                }
                Room room = ledger.room(eventId, gate.hallCode(), day);
                NEAR_FULL.put(hallKey, room.inside() + 2 * Math.max(1, room.entryGates()) >= room.capacity());
                if (room.inside() >= room.capacity()) {
                    return deny(scan, DenyReason.HALL_FULL, badge);
                }
                return store(scan, ScanOutcome.admitted(gate.hallCode(), true).counting(counted).placing(inside)
                        .arriving(arrival(scan, hours, badge, presence)), badge);
            }
            // one round trip: the shared lock, the presence, this entry counted and the room; a refusal takes the
            // count back when it is stored
            ScanLedger.Entry found = ledger.enterShared(counted, badge.id());
            if (found.presence().insideOn(day)) {
                return store(scan, ScanOutcome.denied(DenyReason.ALREADY_INSIDE, gate.hallCode()).counting(counted.undone()), badge)
                        .inside(found.presence().since(), found.presence().gate());
            }
            Room room = found.room();
            // the other entry gates of the hall may each be admitting one more right now, unseen
            if (room.inside() + Math.max(0, room.entryGates() - 1) > room.capacity()) {
                NEAR_FULL.put(hallKey, true);
                throw new ScanFailure.NeedsExclusiveEntry();
            }
            return store(scan, ScanOutcome.admitted(gate.hallCode(), true).placing(inside)
                    .arriving(arrival(scan, hours, badge, found.presence())), badge);
        }
        Presence presence = ledger.lockPresence(badge.id(), eventId);
        if (presence.insideOn(day)) {
            return store(scan, ScanOutcome.admitted(presence.hall(), true)
                    .counting(new Count(eventId, presence.hall(), day, gate.code(), 0, 1))
                    .placing(new Placement(badge.id(), null, day, gate.code(), scan.scannedAt())), badge);
        }
        // an exit of someone the ledger does not have inside: recorded, moves nobody
        return store(scan, ScanOutcome.admitted(gate.hallCode(), false), badge);
    }

    /**
     * The arrival an admitted entry adds to the day's tally: the holder's first entry of the day (by the presence
     * found before it), in the quarter-hour of the day's opening hours it was scanned in; null for a later entry.
     */
    private static Arrival arrival(Scan scan, EventSummary.Day hours, ScannedBadge badge, Presence before) {
        if (hours == null || !before.arrivesOn(hours.day()) || badge.kind() == null) {
            return null;
        }
        Instant opening = hours.day().atTime(hours.opens()).atZone(Formats.VIETNAM).toInstant();
        return new Arrival(scan.gate().eventId(), hours.day(), scan.gate().code(), scan.gate().hallCode(), badge.kind(),
                Arrival.quarterOf(opening, scan.scannedAt()));
    }

    /** The answer of a scan stored before with this nonce (read with its badge). */
    public ScanAnswer replayOf(String eventId, String nonce) {
        return ledger.byNonce(eventId, nonce).map(s -> replay(s, eventId)).orElse(null);
    }

    private ScanAnswer deny(Scan scan, DenyReason reason, ScannedBadge badge) {
        return store(scan, ScanOutcome.denied(reason, scan.gate().hallCode()), badge);
    }

    /** Stores the scan, with the count and the move of its holder it makes (if any), in one go. */
    private ScanAnswer store(Scan scan, ScanOutcome outcome, ScannedBadge badge) {
        Gate gate = scan.gate();
        NewScan row = new NewScan(gate.eventId(), scan.nonce(), gate.code(), outcome.hall(), scan.direction(),
                badge == null ? null : badge.id(), badge == null ? null : badge.kind(), outcome.result(), outcome.reason(),
                outcome.counted(), scan.scannedAt(), clock.instant(), scan.deviceId(), scan.actor(), scan.offlineResult());
        ledger.store(row, outcome.count(), outcome.placement(), outcome.arrival());
        return new ScanAnswer(gate.eventId(), outcome.result(), outcome.reason(), badge, gate.code(), outcome.hall(),
                scan.direction(), outcome.counted(), false, row.conflict(), null, null);
    }

    private ScanAnswer replay(StoredScan s, String eventId) {
        ScannedBadge badge = s.badgeId() == null ? null : checks.scannedBadges(List.of(s.badgeId())).get(s.badgeId());
        return new ScanAnswer(eventId, s.result(), s.reason(), badge, s.gateCode(), s.hallCode(), s.direction(),
                s.counted(), true, false, null, null);
    }
}
