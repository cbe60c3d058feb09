import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak: a long run of an opening morning's load against a running application, best the local cluster
 * ({@code config/cluster.sh start}, demo data, PostgreSQL), to see whether anything grows or slows with time:
 *
 * <ul>
 * <li><b>gate scans</b> at a fixed rate (default 200/s) from 16 paired devices, each at its own gate into hall C or D
 * of the demo fair that runs today, with its own badges: in, and out again one time in three; latency counted
 * from the scheduled moment (a slow answer delays the ones behind it);</li>
 * <li><b>visitor registrations</b>, one every 2 s, from ever new addresses (behind the balancer, which the servers
 * trust), each a badge and an e-mail;</li>
 * <li><b>hall bookings</b>, one every 10 s: the demo organizer holds a meeting room for a day some years ahead,
 * and calls the hold off again.</li>
 * </ul>
 *
 * Every 5 minutes it prints the block's scans, p50, p99 and slowest answer, the failures of each kind, and each
 * Payara process's heap after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}: what is still
 * reachable, the number that grows when something leaks). At the end the verdict: 0 errors; p99 flat (the last
 * three blocks' p99 at most 1.5 × the first three after the first); heap flat (the last reading at most 15 % over
 * the second); and, with a JDBC URL, the audit of GateBench: every acknowledged scan stored, no double admission.
 *
 *   java -cp postgresql.jar bench/SoakBench.java [baseUrl=http://localhost:8000] [minutes=60] [rate=200] [jdbcUrl]
 */
public class SoakBench {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(java.time.Duration.ofSeconds(5)).build();
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int BLOCK_MINUTES = 5;
    static final int DEVICES = 16;
    static String base;

    record Gate(String code, String token, List<String> codes) {
    }

    record Reply(int status, String body) {
    }

    /** What one block of the run saw. */
    static final class Block {
        final long[] micros;
        final AtomicInteger scans = new AtomicInteger();
        final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        final AtomicInteger registrations = new AtomicInteger();
        final AtomicInteger bookings = new AtomicInteger();
        final List<String> heaps = Collections.synchronizedList(new ArrayList<>());
        final List<Long> heapKb = Collections.synchronizedList(new ArrayList<>());

        Block(int capacity) {
            micros = new long[capacity];
        }

        void scanned(long tookMicros) {
            int i = scans.getAndIncrement();
            if (i < micros.length) {
                micros[i] = tookMicros;
            }
        }

        void failed(String what) {
            failures.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        }

        long percentile(int p) {
            int n = Math.min(scans.get(), micros.length);
            if (n == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(micros, n);
            Arrays.sort(sorted);
            return sorted[Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1)];
        }
    }

    /** What the gates believe and what they were told, for the audit. */
    static final class Audit {
        final AtomicInteger admittedIn = new AtomicInteger();
        final AtomicInteger countedOut = new AtomicInteger();
        final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Boolean> inside = new ConcurrentHashMap<>();
    }

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8000";
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String jdbc = args.length > 3 ? args[3] : null;
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        String organizer = "Basic " + Base64.getEncoder().encodeToString("organizer:demo".getBytes(StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\",\"name\":\\{[^}]*\"en\":\"Binh Duong Industry Week")
                .matcher(expect(200, send(null, "GET", "/api/events", null, null)).body());
        if (!m.find()) {
            throw new IllegalStateException("the demo fair that runs today is not there: start with demo data");
        }
        String event = m.group(1);
        java.sql.Timestamp runStart = new java.sql.Timestamp(System.currentTimeMillis() - 1000);

        System.out.printf("event %s: %d gates with 60 badges each...%n", event, DEVICES);
        List<Gate> gates = new ArrayList<>();
        for (int g = 0; g < DEVICES; g++) {
            String code = "SOAK-" + g;
            Reply gate = send(organizer, "POST", "/api/events/" + event + "/gates",
                    "{\"code\":\"" + code + "\",\"hall\":\"" + (g % 2 == 0 ? "C" : "D") + "\",\"direction\":\"BOTH\"}", null);
            if (gate.status() != 201 && !gate.body().contains("GATE_CODE_TAKEN")) {
                expect(201, gate);
            }
            String token = "Bearer " + field(expect(201, send(organizer, "POST", "/api/events/" + event + "/devices",
                    "{\"name\":\"soak gate " + g + "\",\"expiresInDays\":1}", null)), "token");
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                codes.add(field(expect(201, send(organizer, "POST", "/api/events/" + event + "/registrations",
                        "{\"fullName\":\"Khách Bền " + g + "-" + i + "\",\"locale\":\"vi\",\"type\":\"ORGANIZER_STAFF\"}", null)),
                        "code"));
            }
            gates.add(new Gate(code, token, codes));
        }

        int blocks = Math.max(1, minutes / BLOCK_MINUTES);
        List<Block> seen = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            seen.add(new Block(rate * BLOCK_MINUTES * 60 * 2));
        }
        Audit audit = new Audit();
        long start = System.nanoTime();
        long end = start + TimeUnit.MINUTES.toNanos((long) blocks * BLOCK_MINUTES);
        ExecutorService pool = Executors.newFixedThreadPool(DEVICES + 2);
        double interval = 1e9 * DEVICES / rate;
        for (int gi = 0; gi < DEVICES; gi++) {
            Gate gate = gates.get(gi);
            long offset = (long) (interval * gi / DEVICES);
            pool.submit(() -> scan(gate, gates, start, start + offset, end, interval, seen, audit));
        }
        pool.submit(() -> registrations(event, start, end, seen));
        pool.submit(() -> bookings(organizer, start, end, seen));

        System.out.printf("%-9s %8s %8s %8s %9s  %-28s %5s %5s  %s%n", "minutes", "scans", "p50 ms", "p99 ms", "max ms",
                "failures", "regs", "books", "heap after full GC (per Payara process)");
        for (int b = 0; b < blocks; b++) {
            sleepUntil(start + TimeUnit.MINUTES.toNanos((long) (b + 1) * BLOCK_MINUTES));
            Block block = seen.get(b);
            heaps(block);
            System.out.printf("%3d-%-5d %8d %8.1f %8.1f %9.1f  %-28s %5d %5d  %s%n", b * BLOCK_MINUTES, (b + 1) * BLOCK_MINUTES,
                    block.scans.get(), block.percentile(50) / 1000.0, block.percentile(99) / 1000.0,
                    block.percentile(100) / 1000.0, block.failures.isEmpty() ? "0" : block.failures.toString(),
                    block.registrations.get(), block.bookings.get(), String.join(", ", block.heaps));
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        verdict(seen, audit, jdbc, event, runStart, organizer, gates);
    }

    /** One gate's device: its badges in a loop, in and (one time in three) out, on a fixed schedule. */
    static void scan(Gate gate, List<Gate> all, long start, long first, long end, double interval, List<Block> blocks,
                     Audit audit) {
        Random random = new Random(gate.code().hashCode());
        long next = first;
        int i = 0;
        while (true) {
            sleepUntil(next);
            if (System.nanoTime() >= end) {
                return;
            }
            long scheduled = next;
            next += (long) interval;
            Block block = blocks.get((int) Math.min(blocks.size() - 1,
                    (scheduled - start) / TimeUnit.MINUTES.toNanos(BLOCK_MINUTES)));
            boolean other = random.nextInt(20) == 0;
            String code = other ? all.get(random.nextInt(all.size())).codes().get(random.nextInt(60))
                    : gate.codes().get(i++ % gate.codes().size());
            String direction = !other && audit.inside.getOrDefault(code, false) && random.nextInt(3) == 0 ? "OUT" : "IN";
            String nonce = UUID.randomUUID().toString();
            Reply r;
            try {
                r = send(gate.token(), "POST", "/api/checkins", "{\"code\":\"" + code + "\",\"gate\":\"" + gate.code()
                        + "\",\"direction\":\"" + direction + "\",\"nonce\":\"" + nonce + "\"}", null);
            } catch (Exception e) {
                block.failed("scan: " + e.getClass().getSimpleName());
                continue;
            }
            block.scanned((System.nanoTime() - scheduled) / 1000);
            if (r.status() != 200) {
                block.failed("scan: HTTP " + r.status());
                continue;
            }
            audit.acknowledged.add(nonce);
            String outcome = field(r, "result");
            if ("IN".equals(direction) && "ADMITTED".equals(outcome)) {
                audit.inside.put(code, true);
                audit.admittedIn.incrementAndGet();
            } else if ("OUT".equals(direction) && r.body().contains("\"counted\":true")) {
                audit.inside.put(code, false);
                audit.countedOut.incrementAndGet();
            } else if (r.body().contains("ALREADY_INSIDE")) {
                audit.inside.put(code, true);
            }
        }
    }

    /** A visitor registers online every 2 s, each from an address of its own (the limit is per address). */
    static void registrations(String event, long start, long end, List<Block> blocks) {
        int n = 0;
        for (long next = start; ; next += TimeUnit.SECONDS.toNanos(2)) {
            sleepUntil(next);
            if (System.nanoTime() >= end) {
                return;
            }
            Block block = blocks.get((int) Math.min(blocks.size() - 1, (next - start) / TimeUnit.MINUTES.toNanos(BLOCK_MINUTES)));
            n++;
            String address = "10.77." + (n / 250) % 250 + "." + (1 + n % 250);
            String body = "{\"fullName\":\"Khách Dài Hạn " + n + "\",\"email\":\"soak" + n + "." + System.nanoTime()
                    + "@example.vn\",\"locale\":\"vi\",\"shareWithExhibitors\":false,\"interests\":[]}";
            counted(block, "registration", 201, () -> send(null, "POST", "/api/events/" + event + "/registrations", body, address));
        }
    }

    /** The organizer holds a meeting room for a day years ahead every 10 s, and calls it off again. */
    static void bookings(String organizer, long start, long end, List<Block> blocks) {
        Random random = new Random(7);
        for (long next = start; ; next += TimeUnit.SECONDS.toNanos(10)) {
            sleepUntil(next);
            if (System.nanoTime() >= end) {
                return;
            }
            Block block = blocks.get((int) Math.min(blocks.size() - 1, (next - start) / TimeUnit.MINUTES.toNanos(BLOCK_MINUTES)));
            LocalDate day = LocalDate.now(VIETNAM).plusYears(4).plusDays(random.nextInt(600));
            String body = "{\"hall\":\"R2\",\"title\":\"Soak meeting " + day + "\",\"start\":\""
                    + day.atStartOfDay(VIETNAM).toOffsetDateTime() + "\",\"end\":\""
                    + day.plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime() + "\"}";
            Reply held = counted(block, "booking", 201, () -> send(organizer, "POST", "/api/bookings", body, null));
            if (held != null) {
                counted(block, "cancel", 200, () -> send(organizer, "POST", "/api/bookings/" + field(held, "id") + "/cancel",
                        "{\"reason\":\"soak\"}", null));
            }
        }
    }

    interface Call {
        Reply call() throws Exception;
    }

    /** Makes {@code call}, counting it in {@code block} as done or failed by its answer. */
    static Reply counted(Block block, String what, int expected, Call call) {
        try {
            Reply r = call.call();
            if (r.status() != expected) {
                block.failed(what + ": HTTP " + r.status());
                return null;
            }
            if ("registration".equals(what)) {
                block.registrations.incrementAndGet();
            } else if ("booking".equals(what)) {
                block.bookings.incrementAndGet();
            }
            return r;
        } catch (Exception e) {
            block.failed(what + ": " + e.getClass().getSimpleName());
            return null;
        }
    }

    /** Each Payara process's heap after a full collection, in MB (jcmd, same user; none when jcmd cannot reach it). */
    static void heaps(Block block) {
        List<ProcessHandle> payaras = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ASMain")).orElse(false)).toList();
        for (ProcessHandle p : payaras) {
            String cmd = p.info().commandLine().orElse("");
            // an instance's root is .../nodes/<node>/<instance>; the DAS's is .../domains/<domain>
            Matcher root = Pattern.compile("instanceRoot=(\\S+)").matcher(cmd);
            String who = !root.find() ? String.valueOf(p.pid())
                    : root.group(1).contains("/domains/") ? "DAS" : root.group(1).substring(root.group(1).lastIndexOf('/') + 1);
            try {
                jcmd(p.pid(), "GC.run");
                Matcher used = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(jcmd(p.pid(), "GC.heap_info"));
                if (used.find()) {
                    long kb = Long.parseLong(used.group(1));
                    block.heaps.add(who + " " + kb / 1024 + " MB");
                    if (!"DAS".equals(who)) {
                        block.heapKb.add(kb);
                    }
                }
            } catch (Exception e) {
                block.heaps.add(who + " ?");
            }
        }
    }

    static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    static void verdict(List<Block> blocks, Audit audit, String jdbc, String event, java.sql.Timestamp runStart,
                        String organizer, List<Gate> gates) throws Exception {
        int failures = blocks.stream().mapToInt(b -> b.failures.values().stream().mapToInt(AtomicInteger::get).sum()).sum();
        boolean ok = failures == 0;
        System.out.printf("errors: %d%n", failures);
        if (blocks.size() >= 4) {
            int k = Math.min(3, (blocks.size() - 1) / 2);
            double early = blocks.subList(1, 1 + k).stream().mapToLong(b -> b.percentile(99)).max().orElse(0) / 1000.0;
            double late = blocks.subList(blocks.size() - k, blocks.size()).stream().mapToLong(b -> b.percentile(99)).max()
                    .orElse(0) / 1000.0;
            boolean flat = late <= 1.5 * early;
            System.out.printf("p99: blocks 2-%d at most %.1f ms, the last %d at most %.1f ms: %s%n", 1 + k, early, k, late,
                    flat ? "flat" : "NOT FLAT");
            ok &= flat;
            int servers = blocks.get(1).heapKb.size();
            if (servers > 0 && blocks.get(blocks.size() - 1).heapKb.size() == servers) {
                long second = blocks.get(1).heapKb.stream().mapToLong(Long::longValue).sum();
                long last = blocks.get(blocks.size() - 1).heapKb.stream().mapToLong(Long::longValue).sum();
                boolean heapFlat = last <= second * 1.15;
                System.out.printf("heap after full GC, the instances together: %d MB after block 2, %d MB at the end: %s%n",
                        second / 1024, last / 1024, heapFlat ? "flat" : "GROWING");
                ok &= heapFlat;
            }
        }
        // everyone still inside leaves, so that the next run finds the halls as this one did
        for (Gate g : gates) {
            for (String code : g.codes()) {
                if (audit.inside.getOrDefault(code, false)) {
                    send(g.token(), "POST", "/api/checkins", "{\"code\":\"" + code + "\",\"gate\":\"" + g.code()
                            + "\",\"direction\":\"OUT\",\"nonce\":\"" + UUID.randomUUID() + "\"}", null);
                }
            }
        }
        if (jdbc != null) {
            try (Connection c = DriverManager.getConnection(jdbc)) {
                int stored = 0;
                List<String> nonces = new ArrayList<>(audit.acknowledged);
                for (int i = 0; i < nonces.size(); i += 1000) {
                    List<String> chunk = nonces.subList(i, Math.min(nonces.size(), i + 1000));
                    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM gate_scan WHERE event_id = ? AND nonce IN ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
                        s.setString(1, event);
                        for (int k = 0; k < chunk.size(); k++) {
                            s.setString(k + 2, chunk.get(k));
                        }
                        try (ResultSet r = s.executeQuery()) {
                            r.next();
                            stored += r.getInt(1);
                        }
                    }
                }
                System.out.printf("audit: acknowledged scans %d, stored %d, lost %d%n", nonces.size(), stored, nonces.size() - stored);
                ok &= stored == nonces.size();
                int doubles = 0;
                try (PreparedStatement s = c.prepareStatement("SELECT badge_id, direction FROM gate_scan WHERE event_id = ? "
                        + "AND gate_code LIKE 'SOAK-%' AND recorded_at >= ? AND counted ORDER BY badge_id, id")) {
                    s.setString(1, event);
                    s.setTimestamp(2, runStart);
                    try (ResultSet r = s.executeQuery()) {
                        String badge = null;
                        boolean in = false;
                        while (r.next()) {
                            if (!r.getString(1).equals(badge)) {
                                badge = r.getString(1);
                                in = false;
                            }
                            boolean entry = "IN".equals(r.getString(2));
                            doubles += entry && in ? 1 : 0;
                            in = entry;
                        }
                    }
                }
                System.out.printf("audit: double admissions %d%n", doubles);
                ok &= doubles == 0;
            }
        }
        System.out.println(ok ? "SOAK PASSED" : "SOAK FAILED");
        System.exit(ok ? 0 : 1);
    }

    static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static Reply send(String authorization, String method, String path, String json, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(java.time.Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body());
    }

    static Reply expect(int status, Reply r) {
        if (r.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + r.status() + ": " + r.body());
        }
        return r;
    }

    static String field(Reply r, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + r.body());
        }
        return m.group(1);
    }
}
