import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gate scans over HTTP against a running application (mvn -Prun, demo data; measure on PostgreSQL), on the demo
 * fair that runs today: N simulated gates (each a paired device with its own token, its own gate into hall C or D,
 * its own badges; the gates BENCH-0 … are made by the first run and used again by the next), for a fixed time, in
 * two phases:
 *
 * <ol>
 * <li><b>at a fixed rate</b> (default 500 scans/s in all): each gate sends on a schedule and latency counts from
 * the scheduled moment, so a slow answer also delays the ones behind it (no coordinated omission): p50/p95/p99;</li>
 * <li><b>as fast as the gates can</b> (each sends the next scan when the last is answered): scans/s.</li>
 * </ol>
 *
 * Each gate lets its badges in, and out again one time in three, as people pass; one scan in twenty is a badge
 * another gate just admitted (must be ALREADY_INSIDE or, if it left, admitted once). Then the <b>audit</b>: no
 * badge admitted twice without an exit between (from the answers); every acknowledged scan stored (its nonce is in
 * the scan log, with JDBC); the halls' occupancy moved by exactly the admissions minus the counted exits.
 * With a JDBC URL it then does <b>the same work as bare SQL</b> on the same database, threads and time: look the
 * badge up by its secret, make-and-lock its presence row, insert the scan, count it, move the presence; one
 * transaction each; and prints the ratio. Loopback only.
 *
 * <p>The scans go through a small HTTP/1.1 client of its own (one kept-alive connection per gate, the request
 * written as bytes, the answer read by its Content-Length or chunks): the JDK's HttpClient took about half of the
 * two cores' time for itself, time the server and the bare-SQL run did not get in the same way. Setting up uses the
 * JDK's client.
 *
 *   java -cp postgresql.jar bench/GateBench.java [baseUrl] [gates=32] [seconds=20] [rate=500] [jdbcUrl]
 */
public class GateBench {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        int gates = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        String jdbc = args.length > 4 ? args[4] : null;
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        String organizer = "Basic " + Base64.getEncoder().encodeToString("organizer:demo".getBytes(StandardCharsets.UTF_8));
        Reply events = expect(200, send(null, "GET", "/api/events", null));
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\",\"name\":\\{[^}]*\"en\":\"Binh Duong Industry Week").matcher(events.body);
        if (!m.find()) {
            throw new IllegalStateException("the demo fair that runs today is not there: start the application with demo data");
        }
        String event = m.group(1);
        java.sql.Timestamp runStart = new java.sql.Timestamp(System.currentTimeMillis() - 1000); // this run's scans: later

        if (jdbc != null) {
            // PostgreSQL as set up on the test machines runs without autovacuum: the scan log's dead rows and unanalysed
            // tables of earlier runs would slow each run down more than the last. Production keeps autovacuum on.
            try (Connection c = DriverManager.getConnection(jdbc); java.sql.Statement v = c.createStatement()) {
                v.execute("VACUUM (ANALYZE) gate_scan, gate_presence, gate_count, gate, gate_device, badge");
            }
        }

        // the gates, their devices and their badges
        int perGate = 60;
        System.out.printf("event %s: %d gates, %d badges each (made at the desk, one moment)...%n", event, gates, perGate);
        List<Gate> list = new ArrayList<>();
        ExecutorService setup = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Gate>> made = new ArrayList<>();
        for (int g = 0; g < gates; g++) {
            int n = g;
            made.add(setup.submit(() -> {
                // the same gates in every run (a gate with scans stays): each run adding its own would leave ever
                // more entry gates into halls C and D, and with them ever more of the halls' room kept for entries
                // that each gate might be admitting unseen, until every entry queues for the exclusive lock
                String code = "BENCH-" + n;
                String hall = n % 2 == 0 ? "C" : "D";
                Reply gate = send(organizer, "POST", "/api/events/" + event + "/gates",
                        "{\"code\":\"" + code + "\",\"hall\":\"" + hall + "\",\"direction\":\"BOTH\"}");
                if (gate.status != 201 && !(gate.status == 409 && gate.body.contains("GATE_CODE_TAKEN"))) {
                    expect(201, gate);
                }
                String token = "Bearer " + field(expect(201, send(organizer, "POST", "/api/events/" + event + "/devices",
                        "{\"name\":\"bench gate " + n + "\",\"expiresInDays\":1}")), "token");
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < perGate; i++) {
                    codes.add(field(expect(201, send(organizer, "POST", "/api/events/" + event + "/registrations",
                            "{\"fullName\":\"Khách Cổng " + n + "-" + i + "\",\"locale\":\"vi\",\"type\":\"ORGANIZER_STAFF\"}")), "code"));
                }
                return new Gate(code, token, codes);
            }));
        }
        for (var f : made) {
            list.add(f.get());
        }
        setup.shutdown();
        Occupancy before = occupancy(organizer, event);
        long rssBefore = serverRssKb();

        Audit audit = new Audit();
        // warm-up: the server's JIT compiles the scan path in the first seconds; not counted
        Result warm = phase(list, Math.max(5, seconds / 2), 0, audit);
        System.out.printf("warm-up: %d scans%n", warm.count);
        Result fixed = phase(list, seconds, rate, audit);
        Cpu cpuBefore = Cpu.now();
        Result fastest = phase(list, seconds, 0, audit);
        Cpu cpuFlat = Cpu.now().minus(cpuBefore);
        Occupancy after = occupancy(organizer, event);
        long rssAfter = serverRssKb();
        // everyone the gates let in leaves again, so that the next run finds the halls as this one did
        int left = 0;
        for (Gate g : list) {
            for (String code : g.codes()) {
                if (audit.inside.getOrDefault(code, false)) {
                    send(g.token(), "POST", "/api/checkins", "{\"code\":\"" + code + "\",\"gate\":\"" + g.code()
                            + "\",\"direction\":\"OUT\",\"nonce\":\"" + UUID.randomUUID() + "\"}");
                    left++;
                }
            }
        }
        System.out.printf("after the run: %d badges sent out again%n", left);

        report("fixed rate " + rate + "/s", fixed, seconds);
        report("as fast as the gates can", fastest, seconds);
        System.out.printf("server RSS %d MB -> %d MB%n", rssBefore / 1024, rssAfter / 1024);
        cpuFlat.print("flat out", fastest.count, "scan");

        int expectedMove = audit.admittedIn.get() - audit.countedOut.get();
        int moved = after.inside - before.inside;
        System.out.printf("audit: occupancy moved %d, admissions minus exits %d (%s); entries counted %d, exits %d%n",
                moved, expectedMove, moved == expectedMove ? "equal" : "NOT EQUAL",
                after.entries - before.entries, after.exits - before.exits);
        boolean ok = moved == expectedMove;
        if (jdbc != null) {
            try (Connection c = DriverManager.getConnection(jdbc)) {
                int stored = 0;
                List<String> nonces = new ArrayList<>(audit.acknowledged);
                for (int i = 0; i < nonces.size(); i += 500) {
                    List<String> chunk = nonces.subList(i, Math.min(nonces.size(), i + 500));
                    String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
                    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM gate_scan WHERE event_id = ? AND nonce IN (" + in + ")")) {
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
                // in the order the presence rows' locks let them through: an entry admitted while already inside
                int doubles = 0;
                try (PreparedStatement s = c.prepareStatement("SELECT badge_id, direction, counted FROM gate_scan "
                        + "WHERE event_id = ? AND gate_code LIKE 'BENCH-%' AND recorded_at >= ? AND badge_id IS NOT NULL "
                        + "ORDER BY badge_id, id")) {
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
                            if (r.getBoolean(3)) {
                                if ("IN".equals(r.getString(2))) {
                                    doubles += in ? 1 : 0;
                                    in = true;
                                } else {
                                    in = false;
                                }
                            }
                        }
                    }
                }
                System.out.printf("audit: double admissions %d%n", doubles);
                ok &= doubles == 0;
            }
            Cpu bareBefore = Cpu.now();
            double bare = bareSql(jdbc, event, list, gates, seconds);
            Cpu.now().minus(bareBefore).print("bare SQL", Math.round(bare * seconds), "transaction");
            System.out.printf("bare SQL, same work (lookup, lock, insert, count, move), %d threads, %d s: %.0f transactions/s%n",
                    gates, seconds, bare);
            System.out.printf("ratio API / bare SQL: %.2f%n", fastest.count / (double) seconds / bare);
        }
        System.exit(ok ? 0 : 1);
    }

    record Gate(String code, String token, List<String> codes) {
    }

    record Occupancy(int inside, int entries, int exits) {
    }

    static final class Result {
        final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        /** per second of the phase (by the scheduled moment): the slowest answer, in microseconds */
        final java.util.concurrent.atomic.AtomicLongArray slowest = new java.util.concurrent.atomic.AtomicLongArray(3600);
        int count;
    }

    static final class Audit {
        final AtomicInteger admittedIn = new AtomicInteger();
        final AtomicInteger countedOut = new AtomicInteger();
        final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        /** badge code -> inside (per the answers) */
        final Map<String, Boolean> inside = new ConcurrentHashMap<>();
    }

    /** One phase: every gate scans its badges in a loop; {@code rate} 0 is as fast as the answers come. */
    static Result phase(List<Gate> gates, int seconds, int rate, Audit audit) throws Exception {
        Result result = new Result();
        ExecutorService pool = Executors.newFixedThreadPool(gates.size());
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        double interval = rate == 0 ? 0 : 1e9 * gates.size() / rate;
        List<Gate> all = gates;
        for (int gi = 0; gi < gates.size(); gi++) {
            Gate gate = gates.get(gi);
            long offset = (long) (interval * gi / gates.size());
            pool.submit(() -> {
                Wire wire = new Wire(URI.create(base), gate.token());
                Random random = new Random(gate.code().hashCode());
                long next = start + offset;
                int i = 0;
                while (true) {
                    long now = System.nanoTime();
                    if (rate > 0) {
                        if (next > now) {
                            sleepUntil(next);
                        }
                    }
                    if (System.nanoTime() >= end) {
                        break;
                    }
                    long scheduled = rate > 0 ? next : System.nanoTime();
                    next += (long) interval;
                    String code;
                    boolean other = random.nextInt(20) == 0;
                    if (other) {
                        Gate g = all.get(random.nextInt(all.size()));
                        code = g.codes().get(random.nextInt(g.codes().size()));
                    } else {
                        code = gate.codes().get(i++ % gate.codes().size());
                    }
                    boolean inNow = audit.inside.getOrDefault(code, false);
                    String direction = !other && inNow && random.nextInt(3) == 0 ? "OUT" : "IN";
                    String nonce = UUID.randomUUID().toString();
                    String body = "{\"code\":\"" + code + "\",\"gate\":\"" + gate.code() + "\",\"direction\":\"" + direction
                            + "\",\"nonce\":\"" + nonce + "\"}";
                    Reply r;
                    try {
                        r = wire.post("/api/checkins", body);
                    } catch (Exception e) {
                        wire.close();
                        result.outcomes.computeIfAbsent("network error", k -> new AtomicInteger()).incrementAndGet();
                        continue;
                    }
                    long took = (System.nanoTime() - scheduled) / 1000;
                    result.micros.add(took);
                    result.slowest.accumulateAndGet((int) Math.min(3599, (scheduled - start) / 1_000_000_000L), took, Math::max);
                    if (r.status != 200) {
                        result.outcomes.computeIfAbsent("HTTP " + r.status, k -> new AtomicInteger()).incrementAndGet();
                        continue;
                    }
                    audit.acknowledged.add(nonce);
                    String outcome = field(r, "result");
                    String reason = r.body.contains("\"reason\":null") ? null : field(r, "reason");
                    boolean counted = r.body.contains("\"counted\":true");
                    result.outcomes.computeIfAbsent(direction + " " + outcome + (reason == null ? "" : " " + reason),
                            k -> new AtomicInteger()).incrementAndGet();
                    // what the gates believe, to choose the next direction; double admissions are audited in the log
                    if ("IN".equals(direction) && "ADMITTED".equals(outcome)) {
                        audit.inside.put(code, true);
                        audit.admittedIn.incrementAndGet();
                    } else if ("OUT".equals(direction) && counted) {
                        audit.inside.put(code, false);
                        audit.countedOut.incrementAndGet();
                    } else if ("ALREADY_INSIDE".equals(reason)) {
                        audit.inside.put(code, true);
                    }
                }
                wire.close();
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        result.count = result.micros.size();
        return result;
    }

    static void report(String name, Result r, int seconds) {
        List<Long> l = new ArrayList<>(r.micros);
        Collections.sort(l);
        System.out.printf("%s: %d scans in %d s = %.0f scans/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                name, l.size(), seconds, l.size() / (double) seconds, pct(l, 50), pct(l, 95), pct(l, 99),
                l.isEmpty() ? 0 : l.get(l.size() - 1) / 1000.0);
        System.out.println("  outcomes: " + new java.util.TreeMap<>(r.outcomes));
        StringBuilder slowest = new StringBuilder("  slowest answer per second (ms):");
        for (int i = 0; i < Math.min(seconds, 3600); i++) {
            slowest.append(' ').append(r.slowest.get(i) / 1000);
        }
        System.out.println(slowest);
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    /**
     * The same work as bare SQL: each transaction looks a badge up by its secret, makes and locks its presence row,
     * inserts the scan, counts it for its hall, day and gate, and moves the presence; commit. Its rows (a hall
     * "ZZ", gates "BARE-n", presence rows "bare-…", nonces "bare-…") are deleted afterwards.
     */
    static double bareSql(String jdbc, String event, List<Gate> gates, int threads, int seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        LocalDate today = LocalDate.now(VIETNAM);
        for (int t = 0; t < threads; t++) {
            Gate gate = gates.get(t % gates.size());
            int n = t;
            pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(jdbc)) {
                    c.setAutoCommit(false);
                    PreparedStatement lookup = c.prepareStatement("SELECT id, kind, status FROM badge WHERE secret = ?");
                    PreparedStatement lock = c.prepareStatement("INSERT INTO gate_presence (badge_id, event_id) VALUES (?, ?) "
                            + "ON CONFLICT (badge_id) DO UPDATE SET event_id = EXCLUDED.event_id RETURNING hall_code, inside_day");
                    PreparedStatement scan = c.prepareStatement("INSERT INTO gate_scan (event_id, nonce, gate_code, hall_code, "
                            + "direction, badge_id, badge_kind, result, reason, counted, scanned_at, recorded_at, device_id, actor, "
                            + "offline_result, conflict) VALUES (?, ?, ?, 'ZZ', 'IN', ?, ?, 'ADMITTED', NULL, TRUE, ?, ?, NULL, 'bare', NULL, FALSE)");
                    PreparedStatement count = c.prepareStatement("INSERT INTO gate_count (event_id, hall_code, count_day, gate_code, "
                            + "entries, exits) VALUES (?, 'ZZ', ?, ?, 1, 0) ON CONFLICT (event_id, hall_code, count_day, gate_code) "
                            + "DO UPDATE SET entries = gate_count.entries + 1");
                    PreparedStatement move = c.prepareStatement("UPDATE gate_presence SET hall_code = 'ZZ', inside_day = ?, "
                            + "gate_code = ?, since = ? WHERE badge_id = ?");
                    int i = 0;
                    while (System.nanoTime() < end) {
                        String code = gate.codes().get(i++ % gate.codes().size());
                        byte[] bytes = Base64.getUrlDecoder().decode(code);
                        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOfRange(bytes, 21, 37));
                        lookup.setString(1, secret);
                        String badgeId;
                        String kind;
                        try (ResultSet r = lookup.executeQuery()) {
                            r.next();
                            badgeId = r.getString(1);
                            kind = r.getString(2);
                        }
                        String presence = "bare-" + badgeId.substring(5);
                        lock.setString(1, presence);
                        lock.setString(2, event);
                        lock.executeQuery().close();
                        Timestamp now = Timestamp.from(Instant.now());
                        scan.setString(1, event);
                        scan.setString(2, "bare-" + UUID.randomUUID());
                        scan.setString(3, "BARE-" + n);
                        scan.setString(4, badgeId);
                        scan.setString(5, kind);
                        scan.setTimestamp(6, now);
                        scan.setTimestamp(7, now);
                        scan.executeUpdate();
                        count.setString(1, event);
                        count.setObject(2, today);
                        count.setString(3, "BARE-" + n);
                        count.executeUpdate();
                        move.setObject(1, today);
                        move.setString(2, "BARE-" + n);
                        move.setTimestamp(3, now);
                        move.setString(4, presence);
                        move.executeUpdate();
                        c.commit();
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        try (Connection c = DriverManager.getConnection(jdbc)) {
            c.createStatement().executeUpdate("DELETE FROM gate_scan WHERE hall_code = 'ZZ' AND nonce LIKE 'bare-%'");
            c.createStatement().executeUpdate("DELETE FROM gate_count WHERE hall_code = 'ZZ'");
            c.createStatement().executeUpdate("DELETE FROM gate_presence WHERE badge_id LIKE 'bare-%'");
        }
        return done.get() / (double) seconds;
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

    static Occupancy occupancy(String auth, String event) throws Exception {
        Reply r = expect(200, send(auth, "GET", "/api/events/" + event + "/occupancy", null));
        int inside = 0;
        int entries = 0;
        int exits = 0;
        Matcher m = Pattern.compile("\"inside\":(\\d+),\"capacity\":\\d+,\"entries\":(\\d+),\"exits\":(\\d+)").matcher(r.body);
        while (m.find()) {
            inside += Integer.parseInt(m.group(1));
            entries += Integer.parseInt(m.group(2));
            exits += Integer.parseInt(m.group(3));
        }
        return new Occupancy(inside, entries, exits);
    }

    record Reply(int status, String body) {
    }

    /** One kept-alive HTTP/1.1 connection, for JSON posts with a fixed Authorization header. */
    static final class Wire {
        private final String host;
        private final int port;
        private final String authorization;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        Wire(URI base, String authorization) {
            this.host = base.getHost();
            this.port = base.getPort() < 0 ? 80 : base.getPort();
            this.authorization = authorization;
        }

        Reply post(String path, String json) throws IOException {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                out = socket.getOutputStream();
                in = new BufferedInputStream(socket.getInputStream(), 8192);
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: " + authorization
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                    + "\r\n\r\n";
            byte[] h = head.getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[h.length + body.length];
            System.arraycopy(h, 0, request, 0, h.length);
            System.arraycopy(body, 0, request, h.length, body.length);
            out.write(request);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String l = line(); !l.isEmpty(); l = line()) {
                String lower = l.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(l.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                }
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream(512);
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    answer.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length >= 0) {
                answer.write(in.readNBytes(length));
            }
            if (closes) {
                close();
            }
            return new Reply(code, answer.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException e) {
                // gone either way
            }
            socket = null;
        }
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

    /**
     * CPU time used so far by the server (Payara), PostgreSQL (all its processes) and this benchmark, in ms; from
     * /proc, so Linux only (zero elsewhere). Per scan, it says where the two cores went, which the throughput of
     * a noisy shared machine does not.
     */
    record Cpu(long server, long database, long client) {
        static Cpu now() {
            long server = 0;
            long database = 0;
            for (ProcessHandle p : ProcessHandle.allProcesses().toList()) {
                String cmd = p.info().commandLine().orElse("");
                if (cmd.contains("ASMain")) {
                    server += ticks(p.pid(), false);
                } else if (p.info().command().orElse("").endsWith("/postgres")) {
                    // the postmaster and its children; a backend that ended is in its parent's children time
                    boolean postmaster = p.parent().map(pp -> !pp.info().command().orElse("").endsWith("/postgres")).orElse(true);
                    database += ticks(p.pid(), postmaster);
                }
            }
            long client = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
            return new Cpu(server, database, client);
        }

        /** utime + stime (+ the children's that ended), in ms, from /proc/PID/stat (clock ticks of 10 ms). */
        static long ticks(long pid, boolean children) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                if (children) {
                    t += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                }
                return t * 10;
            } catch (Exception e) {
                return 0;
            }
        }

        Cpu minus(Cpu o) {
            return new Cpu(server - o.server, database - o.database, client - o.client);
        }

        void print(String phase, long count, String unit) {
            if (count <= 0) {
                return;
            }
            System.out.printf("CPU per %s, %s: server %.2f ms, PostgreSQL %.2f ms, this benchmark %.2f ms%n", unit, phase,
                    server / (double) count, database / (double) count, client / (double) count);
        }
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
