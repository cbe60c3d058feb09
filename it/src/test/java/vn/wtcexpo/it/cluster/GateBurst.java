package vn.wtcexpo.it.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.wtcexpo.it.support.TestGates;

/**
 * Gate devices scanning through the load balancer as the scanner page does: each device walks its own badges in and
 * out, and a scan that got no answer (the connection broke, the balancer answered 502/503) is sent again with the
 * same nonce until it is answered. So every answer must be ADMITTED: an entry or exit lost after it was acknowledged,
 * or a scan recorded twice, shows as ALREADY_INSIDE (or a wrong count) later.
 */
final class GateBurst {

    private static final Duration GIVE_UP = Duration.ofSeconds(15);

    private final TestGates.Today fair;
    private final List<String> tokens;
    private final List<List<String>> badges;
    private final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger brokenConnections = new AtomicInteger();
    /** Where the devices send their scans: the balancer, or a network between them and it. */
    private String target = Cluster.BALANCER;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private GateBurst(TestGates.Today fair, List<String> tokens, List<List<String>> badges) {
        this.fair = fair;
        this.tokens = tokens;
        this.badges = badges;
    }

    /** Pairs {@code devices} devices to the fair and makes {@code badgesEach} badges for each of them. */
    static GateBurst prepare(TestGates.Today fair, int devices, int badgesEach) {
        List<String> tokens = new ArrayList<>();
        List<List<String>> badges = new ArrayList<>();
        for (int d = 0; d < devices; d++) {
            tokens.add(TestGates.device(fair.eventId()));
            List<String> own = new ArrayList<>();
            for (int b = 0; b < badgesEach; b++) {
                own.add(TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code"));
            }
            badges.add(own);
        }
        return new GateBurst(fair, tokens, badges);
    }

    /** The devices reach the balancer through {@code network} (an address in front of it) from now on. */
    GateBurst via(String network) {
        this.target = network;
        return this;
    }

    /** What the devices saw. */
    record Outcome(int acknowledged, int admittedIn, int admittedOut, List<String> refusals, List<String> failures,
                   long longestGapMillis, List<String> serverErrors, int busy, int brokenConnections) {
    }

    /**
     * Scans at {@code perSecond} in all for {@code seconds}; {@code fault} runs once, {@code faultAtSecond} seconds in.
     */
    Outcome run(int perSecond, int seconds, int faultAtSecond, Runnable fault) throws Exception {
        long start = System.nanoTime();
        AtomicLong end = new AtomicLong(start + TimeUnit.SECONDS.toNanos(seconds));
        return run(perSecond, start, end, faultAtSecond, fault, () -> { }, seconds + 120L);
    }

    /**
     * Scans at {@code perSecond} in all while {@code fault} runs, however long it takes (at most {@code limitSeconds}
     * in all): from {@code before} seconds before it starts until {@code after} seconds after it has returned.
     */
    Outcome runThrough(int perSecond, int before, Runnable fault, int after, long limitSeconds) throws Exception {
        long start = System.nanoTime();
        AtomicLong end = new AtomicLong(Long.MAX_VALUE);
        return run(perSecond, start, end, before, fault,
                () -> end.set(System.nanoTime() + TimeUnit.SECONDS.toNanos(after)), limitSeconds);
    }

    private Outcome run(int perSecond, long start, AtomicLong end, int faultAtSecond, Runnable fault, Runnable faultOver,
                        long limitSeconds) throws Exception {
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) * tokens.size() / perSecond;
        long limit = start + TimeUnit.SECONDS.toNanos(limitSeconds);
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger in = new AtomicInteger();
        AtomicInteger out = new AtomicInteger();
        AtomicLong longest = new AtomicLong();
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        serverErrors.clear();
        busy.set(0);
        brokenConnections.set(0);
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size() + 1);
        try {
            List<Future<?>> running = new ArrayList<>();
            running.add(pool.submit(() -> {
                sleepUntil(start + TimeUnit.SECONDS.toNanos(faultAtSecond));
                try {
                    fault.run();
                } finally {
                    faultOver.run();
                }
                return null;
            }));
            for (int d = 0; d < tokens.size(); d++) {
                String token = tokens.get(d);
                List<String> own = badges.get(d);
                long offset = intervalNanos * d / tokens.size();
                running.add(pool.submit(() -> {
                    boolean[] inside = new boolean[own.size()];
                    long next = start + offset;
                    for (int i = 0; next < end.get(); i++, next += intervalNanos) {
                        sleepUntil(next);
                        int b = i % own.size();
                        String direction = inside[b] ? "OUT" : "IN";
                        String gate = inside[b] ? fair.out() : fair.in();
                        String body = TestGates.scan(own.get(b), gate, direction, UUID.randomUUID().toString());
                        long asked = System.nanoTime();
                        Answer answer = untilAnswered(token, body);
                        longest.accumulateAndGet(Cluster.millisSince(asked), Math::max);
                        if (answer == null) {
                            failures.add(direction + " " + own.get(b).substring(0, 12) + "… unanswered after " + GIVE_UP);
                            return null; // this device cannot know the badge's state any more
                        }
                        acknowledged.incrementAndGet();
                        if (answer.status() == 200 && answer.body().contains("\"result\":\"ADMITTED\"")) {
                            inside[b] = !inside[b];
                            (inside[b] ? in : out).incrementAndGet();
                        } else {
                            refusals.add(direction + " " + answer.status() + " " + answer.body());
                            return null;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(Math.max(1, limit - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(acknowledged.get(), in.get(), out.get(), List.copyOf(refusals), List.copyOf(failures),
                longest.get(), List.copyOf(serverErrors), busy.get(), brokenConnections.get());
    }

    private record Answer(int status, String body) {
    }

    /** Sends the scan until a server answers it (a 5xx of the balancer or a broken connection is no answer). */
    private Answer untilAnswered(String token, String body) throws InterruptedException {
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < giveUp) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + "/api/checkins"));
                if (!target.equals(Cluster.BALANCER)) {
                    // through a lossy network, a connection per scan: each scan meets the network's luck
                    request.header("Connection", "close");
                }
                HttpResponse<String> r = client.send(request
                        .timeout(Duration.ofSeconds(3)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() < 500) {
                    return new Answer(r.statusCode(), r.body());
                }
                // a busy answer must say when to come back, in JSON: anything else is a server error
                boolean json = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
                if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent() && json
                        && r.body().contains("\"error\"")) {
                    busy.incrementAndGet();
                } else {
                    serverErrors.add(java.time.LocalTime.now() + " " + r.statusCode() + " "
                            + r.headers().firstValue("Retry-After").orElse("-") + " "
                            + r.headers().firstValue("Content-Type").orElse("-") + " " + r.body());
                }
            } catch (java.io.IOException e) {
                // the connection broke with its server: send it again, the nonce makes it once
                brokenConnections.incrementAndGet();
            }
            Thread.sleep(100);
        }
        return null;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
