package vn.wtcexpo.web.gate;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.Session;
import java.util.Set;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.gate.application.OccupancyService;

/**
 * Tells open dashboards that their event's gates scanned: every {@link #PERIOD_SECONDS} seconds, for each event a
 * dashboard watches, the latest scan id is read (one indexed read) and, when it moved, the event's id is sent
 * to the dashboards' web sockets ({@link LiveSocket}); the page then refreshes itself. Reading the database rather than this
 * server's memory makes it see scans taken by every server of a cluster.
 */
@ApplicationScoped
public class LivePush {

    static final int PERIOD_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(LivePush.class.getName());

    @Inject

    private OccupancyService occupancyService;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    /** Event id → until when a dashboard watches it (a dashboard renews it as it refreshes). */
    private final Map<String, Instant> watched = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
    private final Map<Session, String> sockets = new ConcurrentHashMap<>();
    private ScheduledFuture<?> task;

    /** A dashboard's socket listens for the event. */
    void listen(String eventId, Session session) {
        sockets.put(session, eventId);
    }

    void forget(Session session) {
        sockets.remove(session);
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // created with the application
    }

    @PostConstruct
    void schedule() {
        task = scheduler.scheduleWithFixedDelay(this::tick, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /**
     * A dashboard of the event is open, showing the scans up to {@code seenScanId}: watch the event for the next
     * ten minutes, and push as soon as a later scan exists (even one taken before the next tick).
     */
    public void watch(String eventId, long seenScanId) {
        watched.put(eventId, Instant.now().plusSeconds(600));
        lastSeen.merge(eventId, seenScanId, Math::min);
    }

    private void send(String eventId) {
        for (Map.Entry<Session, String> s : Set.copyOf(sockets.entrySet())) {
            if (!s.getValue().equals(eventId)) {
                continue;
            }
            Session session = s.getKey();
            if (!session.isOpen()) {
                sockets.remove(session);
                continue;
            }
            try {
                synchronized (session) {
                    session.getBasicRemote().sendText(eventId);
                }
            } catch (java.io.IOException | RuntimeException e) {
                sockets.remove(session);
            }
        }
    }

    void tick() {
        Instant now = Instant.now();
        watched.entrySet().removeIf(e -> e.getValue().isBefore(now));
        for (String eventId : watched.keySet()) {
            try {
                long last = occupancyService.lastScanId(eventId);
                Long before = lastSeen.put(eventId, last);
                if (before != null && before != last) {
                    send(eventId);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "live push of " + eventId + " skipped: " + e);
            }
        }
    }
}
