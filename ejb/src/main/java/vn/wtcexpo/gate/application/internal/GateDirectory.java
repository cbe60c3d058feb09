package vn.wtcexpo.gate.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.wtcexpo.event.application.EventDirectory;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.model.Gate;
import vn.wtcexpo.gate.model.GateDevice;
import vn.wtcexpo.gate.model.GateRepository;
import vn.wtcexpo.infrastructure.cluster.ClusterSignal;
import vn.wtcexpo.infrastructure.cluster.ClusterSignals;
import vn.wtcexpo.shared.Secrets;

/**
 * What every scan reads and hardly ever changes, kept for a few seconds: an event's gates and paired devices by
 * token. A change made on this server is seen at
 * once (the entry is dropped), and on every other server of a cluster as soon as it is committed ({@link ClusterSignals});
 * should a signal be lost, an entry still ends after {@link #TTL_SECONDS} seconds.
 * Nothing the invariants depend on is kept here: who is inside and the counts are always read under their locks.
 */
@ApplicationScoped
public class GateDirectory {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    static final long TTL_SECONDS = 10;
    static final String GATES = "gate.gates";
    static final String DEVICES = "gate.devices";

    @Inject
    private ClusterSignals signals;

    @Inject
    private GateRepository repository;

    @Inject
    private EventDirectory events;

    private final Map<String, Kept<List<Gate>>> gates = new ConcurrentHashMap<>();
    private final Map<String, Kept<Optional<DeviceKey>>> devices = new ConcurrentHashMap<>();
    private final Map<String, Kept<Optional<DeviceKey>>> devicesById = new ConcurrentHashMap<>();

    /** The first use of the repository, in a session bean at start (see {@link DeviceSignInStart}). */
    void prepare() {
        repository.deviceByHash("-");
    }

    /** A device as its token authenticates it. */
    public record DeviceKey(String id, String eventId, vn.wtcexpo.gate.model.DeviceMode mode, String exhibitorId,
                            Instant expiresAt, boolean revoked) {
        public boolean usableAt(Instant now) {
            return !revoked && expiresAt.isAfter(now);
        }
    }

    private record Kept<T>(T value, Instant until) {
    }

    public List<Gate> gates(String eventId) {
        return kept(gates, eventId, () -> repository.gates(eventId));
    }

    public Optional<Gate> gate(String eventId, String code) {
        return gates(eventId).stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** The event as committed, kept by the event context for a few seconds (see {@link EventDirectory}). */
    public EventSummary event(String eventId) {
        return events.committed(eventId);
    }

    public Optional<DeviceKey> device(String token) {
        String hash = Secrets.hash(token);
        // the device a token signs in is asked for by its id next (the scan's check): keep it under both
        return kept(devices, hash, () -> {
            Optional<DeviceKey> found = repository.deviceByHash(hash).map(GateDirectory::key);
            found.ifPresent(d -> devicesById.put(d.id(), new Kept<>(found, clock.instant().plusSeconds(TTL_SECONDS))));
            return found;
        });
    }

    public Optional<DeviceKey> deviceById(String id) {
        return id == null ? Optional.empty() : kept(devicesById, id, () -> repository.device(id).map(GateDirectory::key));
    }

    /** The gates of an event changed: dropped here at once, and on every server once the change is committed. */
    public void changed(String eventId) {
        gates.remove(eventId);
        signals.afterCommit(new ClusterSignal(GATES, eventId));
    }

    /** A device was paired, revoked or given a new token: every server reads devices afresh after the commit. */
    public void deviceChanged() {
        devices.clear();
        devicesById.clear();
        signals.afterCommit(new ClusterSignal(DEVICES, ""));
    }

    /** What another server changed (or this one: dropped once more, which is harmless). */
    @PostConstruct
    void listen() {
        signals.on(GATES, gates::remove);
        signals.on(DEVICES, any -> {
            devices.clear();
            devicesById.clear();
        });
    }

    private static DeviceKey key(GateDevice d) {
        return new DeviceKey(d.id(), d.eventId(), d.mode(), d.exhibitorId(), d.expiresAt(), d.revokedAt() != null);
    }

    private <T> T kept(Map<String, Kept<T>> map, String key, Supplier<T> load) {
        Instant now = clock.instant();
        Kept<T> k = map.get(key);
        if (k == null || k.until().isBefore(now)) {
            if (map.size() > 10_000) {
                map.clear();
            }
            k = new Kept<>(load.get(), now.plusSeconds(TTL_SECONDS));
            map.put(key, k);
        }
        return k.value();
    }
}
