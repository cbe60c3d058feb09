import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A booth reservation storm against a running application (mvn -Prun, demo data): a fresh published fair
 * with few booths, many exhibitor companies calling with API tokens (Authorization: Bearer), each thread
 * reserving a random booth over and over; a winner lets its booth go again half of the time, so the
 * booths stay contested. Prints reservations per second, p50/p99 per kind of call, outcomes, server
 * memory, and the audit: booths held by two live reservations at once (must be 0) and booths whose
 * state disagrees with their reservations. Bounded in time and count; loopback only.
 *
 *   java bench/ReservationStormBench.java [baseUrl=http://localhost:8080] [threads=16] [seconds=30] [booths=10] [exhibitors=40]
 */
public class ReservationStormBench {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int booths = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int exhibitors = args.length > 4 ? Integer.parseInt(args[4]) : 40;
        if (booths < 1 || booths > 260) {
            throw new IllegalArgumentException("1 to 260 booths (20 a row in a 60 m × 40 m hall)");
        }
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
            throw new IllegalArgumentException("benchmarks only target this machine");
        }
        String tag = Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        String hall = "RS" + tag;
        String admin = basic("admin", "demo");
        String organizer = basic("organizer", "demo");
        expect(201, send(admin, "POST", "/api/halls", "{\"code\":\"" + hall + "\",\"name\":{\"vi\":\"Sảnh " + hall
                + "\",\"en\":\"Hall " + hall + "\"},\"areaSqm\":2400,\"capacity\":2000,\"parts\":[],\"dayRateVnd\":1,"
                + "\"widthM\":60,\"depthM\":40}"));
        String booking = field(expect(201, send(organizer, "POST", "/api/bookings", "{\"hall\":\"" + hall
                + "\",\"title\":\"Storm fair\",\"start\":\"2041-08-10T00:00:00+07:00\",\"end\":\"2041-08-14T00:00:00+07:00\"}")), "id");
        expect(200, send(admin, "POST", "/api/bookings/" + booking + "/confirm", "{}"));
        String event = field(expect(201, send(organizer, "POST", "/api/events", "{\"name\":{\"vi\":\"Hội chợ bão\",\"en\":\"Storm fair\"},"
                + "\"bookingIds\":[\"" + booking + "\"],\"start\":\"2041-08-10T09:00:00+07:00\",\"end\":\"2041-08-13T17:00:00+07:00\"}")), "id");
        for (int i = 0; i < booths; i++) {
            expect(201, send(organizer, "POST", "/api/events/" + event + "/booths", "{\"number\":\"S-" + (i + 1) + "\",\"xM\":"
                    + (3 * (i % 20)) + ",\"yM\":" + (3 * (i / 20)) + ",\"widthM\":3,\"depthM\":3,\"type\":\"INLINE\",\"priceVnd\":30000000}"));
        }
        expect(200, send(organizer, "POST", "/api/events/" + event + "/publish", "{}"));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < exhibitors; i++) {
            String user = ("rs" + tag + "x" + i).toLowerCase();
            expect(201, send(admin, "POST", "/api/accounts", "{\"username\":\"" + user + "\",\"fullName\":\"Storm " + i
                    + "\",\"email\":\"" + user + "@example.vn\",\"roles\":[\"EXHIBITOR\"],\"password\":\"storm-pass-1\"}"));
            String auth = basic(user, "storm-pass-1");
            expect(200, send(auth, "PUT", "/api/exhibitors/me", "{\"companyName\":\"Công ty Bão " + i + "\",\"taxCode\":\"0100233488\","
                    + "\"address\":\"Bình Dương\",\"contactName\":\"Storm\",\"email\":\"" + user + "@example.vn\",\"phone\":\"0274 3812 345\"}"));
            tokens.add("Bearer " + field(expect(201, send(auth, "POST", "/api/tokens", "{\"name\":\"bench\",\"expiresInDays\":1}")), "token"));
        }
        System.out.printf("fair %s in hall %s: %d booths, %d exhibitors with tokens, %d threads, %d s%n", event, hall, booths,
                exhibitors, threads, seconds);

        long rssBefore = serverRssKb();
        Map<String, List<Long>> latency = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        AtomicInteger calls = new AtomicInteger();
        int maxCalls = 200_000;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            pool.submit(() -> {
                Random random = new Random(seed);
                while (System.nanoTime() < deadline && calls.incrementAndGet() <= maxCalls) {
                    String token = tokens.get(random.nextInt(tokens.size()));
                    String booth = "S-" + (1 + random.nextInt(booths));
                    long t0 = System.nanoTime();
                    Reply r = send(token, "POST", "/api/events/" + event + "/booths/" + booth + "/reservations", "{}");
                    record(latency, "reserve", t0);
                    count(outcomes, "reserve " + outcome(r));
                    if (r.status() == 201 && random.nextBoolean()) {
                        long t1 = System.nanoTime();
                        Reply c = send(token, "POST", "/api/reservations/" + field(r, "id") + "/cancel", "{}");
                        record(latency, "cancel", t1);
                        count(outcomes, "cancel " + outcome(c));
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        int reserveCalls = latency.getOrDefault("reserve", List.of()).size();
        int allCalls = latency.values().stream().mapToInt(List::size).sum();
        System.out.printf("%d reservation calls in %.1f s: %.0f reservations/s (%.0f calls/s with cancellations)%n",
                reserveCalls, elapsed, reserveCalls / elapsed, allCalls / elapsed);
        for (var e : new java.util.TreeMap<>(latency).entrySet()) {
            List<Long> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            System.out.printf("  %-8s n=%-6d p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", e.getKey(), sorted.size(), pct(sorted, 50),
                    pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        }
        new java.util.TreeMap<>(outcomes).forEach((k, v) -> System.out.printf("  %-32s %d%n", k, v.get()));

        // the audit: live reservations per booth, and booth states that disagree with them
        Reply all = expect(200, send(organizer, "GET", "/api/reservations?event=" + event, null));
        Map<String, Integer> live = new HashMap<>();
        Matcher m = Pattern.compile("\"booth\":\"([^\"]+)\".*?\"status\":\"([A-Z_]+)\"").matcher(all.body());
        while (m.find()) {
            if (m.group(2).equals("ON_HOLD") || m.group(2).equals("RESERVED") || m.group(2).equals("SOLD")) {
                live.merge(m.group(1), 1, Integer::sum);
            }
        }
        long wonTwice = live.values().stream().filter(n -> n > 1).count();
        Reply plan = expect(200, send(null, "GET", "/api/events/" + event + "/booths", null));
        Matcher b = Pattern.compile("\"number\":\"([^\"]+)\".*?\"status\":\"([A-Z_]+)\"").matcher(plan.body());
        int disagree = 0;
        while (b.find()) {
            boolean held = live.getOrDefault(b.group(1), 0) > 0;
            if (held != !b.group(2).equals("AVAILABLE")) {
                disagree++;
            }
        }
        System.out.printf("audit: booths won twice = %d (must be 0); booths whose state disagrees with their reservations = %d (must be 0)%n",
                wonTwice, disagree);
        long rssAfter = serverRssKb();
        if (rssAfter > 0) {
            System.out.printf("server RSS: %d MB before, %d MB after%n", rssBefore / 1024, rssAfter / 1024);
        }
        if (wonTwice > 0 || disagree > 0) {
            System.exit(1);
        }
    }

    record Reply(int status, String body) { }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Reply send(String authorization, String method, String path, String json) {
        try {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                r.header("Content-Type", "application/json");
            }
            if (authorization != null) {
                r.header("Authorization", authorization);
            }
            HttpResponse<String> response = CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (Exception e) {
            return new Reply(-1, String.valueOf(e));
        }
    }

    static Reply expect(int status, Reply r) {
        if (r.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + r.status() + ": " + r.body());
        }
        return r;
    }

    static String field(Reply r, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + r.body());
        }
        return m.group(1);
    }

    static void record(Map<String, List<Long>> latency, String kind, long since) {
        latency.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - since);
    }

    static void count(Map<String, AtomicInteger> outcomes, String key) {
        outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    static String outcome(Reply r) {
        if (r.status() == 201 || r.status() == 200) {
            return String.valueOf(r.status());
        }
        Matcher m = Pattern.compile("\"error\":\"([A-Z_]+)\"").matcher(r.body());
        return r.status() + (m.find() ? " " + m.group(1) : "");
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** Resident memory of the local Payara server process (Linux), or -1. */
    static long serverRssKb() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ASMain")).orElse(false))
                .findFirst()
                .map(p -> {
                    try {
                        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status"))) {
                            if (line.startsWith("VmRSS:")) {
                                return Long.parseLong(line.replaceAll("\\D", ""));
                            }
                        }
                    } catch (Exception ignored) {
                        // not Linux, or no permission
                    }
                    return -1L;
                }).orElse(-1L);
    }
}
