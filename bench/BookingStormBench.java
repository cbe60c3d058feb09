import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
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
 * A booking storm against a running application (mvn -Prun, demo data): many threads request holds on
 * overlapping periods of three fresh halls (X, Y and the combined X+Y) and confirm them, half of them
 * ahead of the queue, calling with API tokens (Authorization: Bearer) as scripts and partners do. Prints
 * calls per second, p50/p99 latency per kind of call, outcomes, and the overlap audit: confirmed
 * bookings that share a hall at the same time (must be 0).
 *
 * With a JDBC URL (and the PostgreSQL driver on the class path) it then does the same work as bare SQL
 * on the same database, for the same time with the same threads: lock the halls' rows in code order,
 * check for overlap, insert a confirmed booking and its occupation rows, commit. It prints both figures
 * and their ratio: what the application costs on top of the database. Then once more with the overlap also
 * looked for before the lock, the order the application follows (a taken slot is refused without queueing
 * on the halls' rows), and that ratio: like for like.
 * Bounded in time and count; loopback only.
 *
 *   java [-cp postgresql.jar] bench/BookingStormBench.java [baseUrl=http://localhost:8080] [threads=16] [seconds=30] [jdbcUrl]
 */
public class BookingStormBench {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
            throw new IllegalArgumentException("benchmarks only target this machine");
        }
        String jdbcUrl = args.length > 3 ? args[3] : null;
        tokens.put("organizer", token("organizer"));
        tokens.put("admin", token("admin"));
        String tag = Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        String x = "BX" + tag, y = "BY" + tag, xy = "BZ" + tag;
        post("admin", "/api/halls", hall(x, null));
        post("admin", "/api/halls", hall(y, null));
        post("admin", "/api/halls", hall(xy, List.of(x, y)));
        List<String> halls = List.of(x, y, xy);
        LocalDate first = LocalDate.of(2040, 1, 1);

        Map<String, List<Long>> latency = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        int maxAttempts = 100_000;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            pool.submit(() -> {
                Random random = new Random(seed);
                while (System.nanoTime() < deadline && attempts.incrementAndGet() <= maxAttempts) {
                    String hall = halls.get(random.nextInt(3));
                    LocalDate from = first.plusDays(random.nextInt(365));
                    LocalDate to = from.plusDays(1 + random.nextInt(4));
                    String body = "{\"hall\":\"" + hall + "\",\"title\":\"Storm\",\"start\":\"" + day(from)
                            + "\",\"end\":\"" + day(to) + "\"}";
                    Reply r = timed(latency, "request", () -> stormPost("organizer", "/api/bookings", body));
                    count(outcomes, "request " + outcome(r));
                    if (r.status == 201) {
                        String id = field(r.body, "id");
                        String decision = random.nextBoolean() ? "{}" : "{\"override\":true,\"reason\":\"bench\"}";
                        Reply c = timed(latency, "confirm", () -> stormPost("admin", "/api/bookings/" + id + "/confirm", decision));
                        count(outcomes, "confirm " + outcome(c));
                        if (random.nextInt(10) == 0 && c.status == 200) {
                            Reply x2 = timed(latency, "cancel", () -> stormPost("admin", "/api/bookings/" + id + "/cancel", "{}"));
                            count(outcomes, "cancel " + outcome(x2));
                        }
                    }
                }
                WIRE.get().close();
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        int calls = latency.values().stream().mapToInt(List::size).sum();

        System.out.printf("booking storm: threads=%d duration=%.1f s halls=%s%n", threads, elapsed, halls);
        System.out.printf("calls=%d  throughput=%.0f calls/s%n", calls, calls / elapsed);
        for (var e : latency.entrySet()) {
            List<Long> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            System.out.printf("  %-8s n=%-6d p50=%.1f ms  p99=%.1f ms  max=%.1f ms%n", e.getKey(), sorted.size(),
                    pct(sorted, 50), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
        }
        outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("  %-40s %d%n", e.getKey(), e.getValue().get()));
        System.out.println("overlap audit: " + audit(x, y, xy) + " overlapping pairs of confirmed bookings (must be 0)");
        long rss = HallCatalogueBenchRss.serverRssKb();
        if (rss > 0) {
            System.out.printf("server RSS after the storm: %d MB%n", rss / 1024);
        }
        if (jdbcUrl != null) {
            double api = calls / elapsed;
            double bare = BareSql.run(jdbcUrl, threads, seconds, "BQ" + tag, false);
            System.out.printf("API %.0f calls/s vs bare SQL %.0f transactions/s: ratio %.2f%n", api, bare, api / bare);
            // the application looks for a confirmed booking or a blackout before it takes the locks (a taken slot
            // is refused without queueing); the same order in bare SQL, for a like-for-like figure
            double checkingFirst = BareSql.run(jdbcUrl, threads, seconds, "BR" + tag, true);
            System.out.printf("API %.0f calls/s vs bare SQL checking before the lock %.0f transactions/s: ratio %.2f%n",
                    api, checkingFirst, api / checkingFirst);
        }
    }

    static final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** An API token for a demo user, created with Basic once; every later call sends it as Bearer. */
    static String token(String user) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"expiresInDays\":1}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("could not create a token for " + user + ": " + r.statusCode() + " " + r.body());
        }
        return field(r.body(), "token");
    }

    /**
     * The booking invariant's work as bare SQL: per attempt, one transaction that locks the rows of the
     * halls around the one booked (code order), checks for overlapping occupation of its plain halls, and
     * inserts a confirmed booking with its occupation rows. Three fresh halls as in the storm. With
     * {@code checkFirst}, the overlap is looked for once before the lock as well (a taken slot ends the
     * transaction there), as the application does.
     */
    static final class BareSql {
        static double run(String url, int threads, int seconds, String tag, boolean checkFirst) throws Exception {
            String x = tag + "X", y = tag + "Y", xy = tag + "Z";
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
                for (String h : List.of(x, y)) {
                    insertHall(c, h, 1000);
                }
                insertHall(c, xy, 2000);
                try (var ps = c.prepareStatement("insert into hall_part (combined_code, part_code) values (?, ?)")) {
                    for (String part : List.of(x, y)) {
                        ps.setString(1, xy);
                        ps.setString(2, part);
                        ps.executeUpdate();
                    }
                }
            }
            Map<String, List<String>> around = Map.of(x, List.of(x, xy, y), y, List.of(x, xy, y), xy, List.of(x, xy, y));
            Map<String, List<String>> footprint = Map.of(x, List.of(x), y, List.of(y), xy, List.of(x, y));
            List<String> halls = List.of(x, y, xy);
            AtomicInteger done = new AtomicInteger();
            AtomicInteger booked = new AtomicInteger();
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            LocalDate first = LocalDate.of(2041, 1, 1);
            for (int t = 0; t < threads; t++) {
                int seed = t;
                pool.submit(() -> {
                    Random random = new Random(seed);
                    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
                        c.setAutoCommit(false);
                        var lock = c.prepareStatement("select code from hall where code in (?, ?, ?) order by code for update");
                        var overlap = c.prepareStatement("select 1 from hall_occupation where hall_code = any (?) and starts_at < ? and ends_at > ? limit 1");
                        var booking = c.prepareStatement("insert into hall_booking (id, hall_code, organizer, title, starts_at, ends_at,"
                                + " move_in_days, move_out_days, status, queue_rank, requested_at, hold_expires_at, confirmed_at,"
                                + " net_vnd, vat_vnd, gross_vnd, version) values (?, ?, 'organizer', 'Bare SQL', ?, ?, 0, 0, 'CONFIRMED',"
                                + " null, now(), now(), now(), 0, 0, 0, 1)");
                        var occupy = c.prepareStatement("insert into hall_occupation (id, hall_code, starts_at, ends_at, booking_id) values (?, ?, ?, ?, ?)");
                        while (System.nanoTime() < deadline) {
                            String hall = halls.get(random.nextInt(3));
                            LocalDate from = first.plusDays(random.nextInt(365));
                            var s = java.sql.Timestamp.from(from.atStartOfDay(VIETNAM).toInstant());
                            var e = java.sql.Timestamp.from(from.plusDays(1 + random.nextInt(4)).atStartOfDay(VIETNAM).toInstant());
                            try {
                                if (checkFirst) {
                                    overlap.setArray(1, c.createArrayOf("varchar", footprint.get(hall).toArray()));
                                    overlap.setTimestamp(2, e);
                                    overlap.setTimestamp(3, s);
                                    boolean taken;
                                    try (var rs = overlap.executeQuery()) {
                                        taken = rs.next();
                                    }
                                    if (taken) {
                                        c.commit();
                                        done.incrementAndGet();
                                        continue;
                                    }
                                }
                                List<String> a = around.get(hall);
                                lock.setString(1, a.get(0));
                                lock.setString(2, a.get(1));
                                lock.setString(3, a.get(2));
                                lock.executeQuery().close();
                                overlap.setArray(1, c.createArrayOf("varchar", footprint.get(hall).toArray()));
                                overlap.setTimestamp(2, e);
                                overlap.setTimestamp(3, s);
                                boolean free;
                                try (var rs = overlap.executeQuery()) {
                                    free = !rs.next();
                                }
                                if (free) {
                                    String id = java.util.UUID.randomUUID().toString();
                                    booking.setString(1, id);
                                    booking.setString(2, hall);
                                    booking.setTimestamp(3, s);
                                    booking.setTimestamp(4, e);
                                    booking.executeUpdate();
                                    for (String plain : footprint.get(hall)) {
                                        occupy.setString(1, java.util.UUID.randomUUID().toString());
                                        occupy.setString(2, plain);
                                        occupy.setTimestamp(3, s);
                                        occupy.setTimestamp(4, e);
                                        occupy.setString(5, id);
                                        occupy.executeUpdate();
                                    }
                                    booked.incrementAndGet();
                                }
                                c.commit();
                            } catch (java.sql.SQLException ex) {
                                c.rollback();
                            }
                            done.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf("bare SQL%s: threads=%d duration=%.1f s: %d transactions (%d bookings), %.0f transactions/s%n",
                    checkFirst ? " checking before the lock" : "", threads, elapsed, done.get(), booked.get(), done.get() / elapsed);
            return done.get() / elapsed;
        }

        static void insertHall(java.sql.Connection c, String code, int area) throws java.sql.SQLException {
            try (var ps = c.prepareStatement("insert into hall (code, name_vi, name_en, kind, area_sqm, capacity, day_rate_vnd,"
                    + " active, created_at, updated_at, version) values (?, ?, ?, 'EXHIBITION_HALL', ?, 800, 100000000, true, now(), now(), 1)")) {
                ps.setString(1, code);
                ps.setString(2, "Bare " + code);
                ps.setString(3, "Bare " + code);
                ps.setInt(4, area);
                ps.executeUpdate();
            }
        }
    }

    /** Confirmed bookings sharing a plain hall at the same time; X+Y occupies X and Y. */
    static int audit(String x, String y, String xy) throws Exception {
        record Slot(String hall, OffsetDateTime start, OffsetDateTime end) { }
        List<Slot> slots = new ArrayList<>();
        for (String hall : List.of(x, y, xy)) {
            String list = get("admin", "/api/bookings?hall=" + hall).body;
            Matcher m = Pattern.compile("\"start\":\"([^\"]+)\",\"end\":\"([^\"]+)\",\"status\":\"CONFIRMED\"").matcher(list);
            while (m.find()) {
                OffsetDateTime s = OffsetDateTime.parse(m.group(1)), e = OffsetDateTime.parse(m.group(2));
                if (hall.equals(xy)) {
                    slots.add(new Slot(x, s, e));
                    slots.add(new Slot(y, s, e));
                } else {
                    slots.add(new Slot(hall, s, e));
                }
            }
        }
        int overlaps = 0;
        for (int i = 0; i < slots.size(); i++) {
            for (int j = i + 1; j < slots.size(); j++) {
                Slot a = slots.get(i), b = slots.get(j);
                if (a.hall.equals(b.hall) && a.start.isBefore(b.end) && b.start.isBefore(a.end)) {
                    overlaps++;
                }
            }
        }
        System.out.println("confirmed slots audited: " + slots.size());
        return overlaps;
    }

    record Reply(int status, String body) { }

    interface Call { Reply call() throws Exception; }

    static Reply timed(Map<String, List<Long>> latency, String kind, Call call) {
        long t0 = System.nanoTime();
        Reply r;
        try {
            r = call.call();
        } catch (Exception e) {
            r = new Reply(-1, e.getClass().getSimpleName());
        }
        latency.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t0);
        return r;
    }

    static void count(Map<String, AtomicInteger> outcomes, String key) {
        outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    static String outcome(Reply r) {
        if (r.status == 200 || r.status == 201) {
            return r.status + " " + field(r.body, "status");
        }
        return r.status + " " + field(r.body, "error");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    static String day(LocalDate d) {
        return d.atStartOfDay(VIETNAM).toOffsetDateTime().toString();
    }

    static String hall(String code, List<String> parts) {
        return parts == null
                ? "{\"code\":\"" + code + "\",\"name\":{\"vi\":\"Bench " + code + "\",\"en\":\"Bench " + code
                        + "\"},\"areaSqm\":1000,\"capacity\":800,\"dayRateVnd\":100000000}"
                : "{\"code\":\"" + code + "\",\"name\":{\"vi\":\"Bench " + code + "\",\"en\":\"Bench " + code
                        + "\"},\"capacity\":1500,\"parts\":[\"" + String.join("\",\"", parts) + "\"],\"dayRateVnd\":180000000}";
    }

    /** One kept-alive HTTP/1.1 connection for JSON calls (see GateBench: the JDK's client costs the two cores dearly). */
    static final class Wire {
        private final String host;
        private final int port;
        private java.net.Socket socket;
        private java.io.OutputStream out;
        private java.io.InputStream in;

        Wire(URI base) {
            this.host = base.getHost();
            this.port = base.getPort() < 0 ? 80 : base.getPort();
        }

        Reply post(String authorization, String path, String json) throws java.io.IOException {
            if (socket == null) {
                socket = new java.net.Socket(host, port);
                socket.setTcpNoDelay(true);
                out = socket.getOutputStream();
                in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: " + authorization
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                    + "\r\n\r\n";
            java.io.ByteArrayOutputStream request = new java.io.ByteArrayOutputStream(head.length() + body.length);
            request.write(head.getBytes(StandardCharsets.US_ASCII));
            request.write(body);
            try {
                request.writeTo(out);
                out.flush();
                return read();
            } catch (java.io.IOException e) {
                close();
                throw e;
            }
        }

        private Reply read() throws java.io.IOException {
            int code = Integer.parseInt(line().substring(9, 12));
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
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream(512);
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

        private String line() throws java.io.IOException {
            StringBuilder b = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.IOException("connection closed");
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
            } catch (java.io.IOException e) {
                // gone either way
            }
            socket = null;
        }
    }

    /** The calling thread's connection for the storm's calls. */
    static final ThreadLocal<Wire> WIRE = ThreadLocal.withInitial(() -> new Wire(URI.create(base)));

    static Reply stormPost(String user, String path, String json) throws Exception {
        return WIRE.get().post("Bearer " + tokens.get(user), path, json);
    }

    static Reply post(String user, String path, String json) throws Exception {
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).header("Content-Type", "application/json"));
    }

    static Reply get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    static Reply send(String user, HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = CLIENT.send(b.header("Authorization", "Bearer " + tokens.get(user)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body());
    }

    static double pct(List<Long> sorted, int p) {
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** Resident memory of the local Payara server (Linux), or -1. */
    static final class HallCatalogueBenchRss {
        static long serverRssKb() {
            return ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains("ASMain")).orElse(false))
                    .findFirst().map(p -> {
                        try {
                            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc", String.valueOf(p.pid()), "status"))) {
                                if (line.startsWith("VmRSS:")) {
                                    return Long.parseLong(line.replaceAll("\\D", ""));
                                }
                            }
                        } catch (Exception ignored) {
                            // not Linux
                        }
                        return -1L;
                    }).orElse(-1L);
        }
    }
}
