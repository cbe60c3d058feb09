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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Visitor registrations over HTTP against a running application (mvn -Prun, demo data), all for one event
 * (the demo fair), as the opening of registration would bring them: every call registers a new person
 * (one call in ten repeats an e-mail already registered, which must answer 200 with the same badge). Calls
 * carry the organizer's API token, as a partner's ticketing system would (the anonymous path is limited per
 * address, which one benchmark machine cannot be). Prints registrations per minute, p50/p95/p99, outcomes,
 * server memory, and the audit: the event's visitor count grew by exactly the new registrations, and no
 * e-mail got two badges. Loopback only.
 *
 *   java bench/RegistrationBench.java [baseUrl=http://localhost:8080] [threads=16] [seconds=30]
 */
public class RegistrationBench {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString("organizer:demo".getBytes(StandardCharsets.UTF_8));
        String token = "Bearer " + field(expect(201, send(basic, "POST", "/api/tokens", "{\"name\":\"registration bench\",\"expiresInDays\":1}")), "token");
        Reply events = expect(200, send(null, "GET", "/api/events", null));
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\",\"name\":\\{[^}]*\"en\":\"Vietnam Wood").matcher(events.body);
        if (!m.find()) {
            throw new IllegalStateException("the demo fair is not there: start the application with demo data");
        }
        String event = m.group(1);
        expect(200, send(token, "PUT", "/api/events/" + event + "/registration-settings", "{\"open\": true, \"cap\": null}"));
        int before = Integer.parseInt(field(expect(200, send(token, "GET", "/api/events/" + event + "/registration-settings", null)), "visitors"));
        String run = Long.toString(System.currentTimeMillis(), 36);
        System.out.printf("event %s, %d visitors registered before, %d threads, %d s%n", event, before, threads, seconds);

        long rssBefore = serverRssKb();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        Map<String, String> badgeOfEmail = new ConcurrentHashMap<>();
        AtomicInteger sameBadgeViolations = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int n = counter.incrementAndGet();
                    // one call in ten repeats an earlier person
                    int person = n % 10 == 0 && n > 20 ? n - 15 : n;
                    String email = "bench-" + run + "-" + person + "@example.vn";
                    String body = "{\"fullName\":\"Khách Thử Nghiệm " + person + "\",\"email\":\"" + email
                            + "\",\"company\":\"Công ty TNHH Thử Tải\",\"phone\":\"0912 345 678\",\"locale\":\"vi\","
                            + "\"shareWithExhibitors\":true,\"interests\":[\"FURNITURE\"]}";
                    long t0 = System.nanoTime();
                    Reply r;
                    try {
                        r = send(token, "POST", "/api/events/" + event + "/registrations", body);
                    } catch (Exception e) {
                        outcomes.computeIfAbsent("IO " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                        continue;
                    }
                    latencies.add(System.nanoTime() - t0);
                    outcomes.computeIfAbsent(String.valueOf(r.status), k -> new AtomicInteger()).incrementAndGet();
                    if (r.status == 201 || r.status == 200) {
                        String badge = field(r, "badgeId");
                        String earlier = badgeOfEmail.putIfAbsent(email, badge);
                        if (earlier != null && !earlier.equals(badge)) {
                            sameBadgeViolations.incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        int after = Integer.parseInt(field(expect(200, send(token, "GET", "/api/events/" + event + "/registration-settings", null)), "visitors"));
        int created = outcomes.getOrDefault("201", new AtomicInteger()).get();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("registrations: %,d new in %d s = %,.0f per minute (%,.1f per second); calls %,d%n", created, seconds,
                created * 60.0 / seconds, created / (double) seconds, sorted.size());
        System.out.printf("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        System.out.println("outcomes (HTTP status: calls): " + outcomes);
        System.out.printf("server RSS %,d MB -> %,d MB%n", rssBefore / 1024, serverRssKb() / 1024);
        int grew = after - before;
        System.out.printf("audit: visitor count grew by %,d for %,d new registrations (must be equal); e-mails with two badges: %d (must be 0)%n",
                grew, created, sameBadgeViolations.get());
        System.exit(grew == created && sameBadgeViolations.get() == 0 ? 0 : 1);
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    record Reply(int status, String body) {
    }

    static Reply send(String authorization, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body());
    }

    static Reply expect(int status, Reply r) {
        if (r.status != status) {
            throw new IllegalStateException("expected " + status + ", got " + r.status + ": " + r.body);
        }
        return r;
    }

    static String field(Reply r, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(r.body);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + r.body);
        }
        return m.group(1);
    }

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
