import java.io.BufferedInputStream;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public event page as visitors' phones ask for it on a fair's morning: the demo fair's page (its floor plan,
 * its 40-odd exhibitors) requested by anonymous readers, gzip accepted, no cookies kept (every request a new
 * visitor). Prints pages per second, p50/p90/p99, bytes per page as sent, how many answers opened a server
 * session (must be 0: a public page keeps no state), errors, and the server's memory before and after.
 *
 * <pre>java bench/PublicPageBench.java http://localhost:8080 8 20</pre>
 * (base URL, threads, seconds; a 5 s warm-up first, whose figures are not counted). Loopback only.
 */
public class PublicPageBench {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        if (!List.of("localhost", "127.0.0.1", "::1", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("benchmarks only target this machine: " + base);
        }
        String path = "/event.xhtml?id=" + demoFair(base);
        System.out.printf(Locale.ROOT, "%s%s, %d threads, %d s (after a 5 s warm-up)%n", base, path, threads, seconds);
        long rssBefore = serverRssKb();
        run(base, path, threads, 5, false);
        Result r = run(base, path, threads, seconds, true);
        long rssAfter = serverRssKb();
        List<Long> t = r.micros;
        Collections.sort(t);
        System.out.printf(Locale.ROOT, "pages: %d in %d s = %.0f pages/s; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                t.size(), seconds, t.size() / (double) seconds, pct(t, 50), pct(t, 90), pct(t, 99),
                t.isEmpty() ? 0 : t.get(t.size() - 1) / 1000.0);
        System.out.printf(Locale.ROOT, "sent per page: %.1f KB (gzip); answers that opened a session: %d; errors: %d%n",
                t.isEmpty() ? 0 : r.bytes.get() / 1024.0 / t.size(), r.sessions.get(), r.errors.get());
        System.out.printf(Locale.ROOT, "server RSS: %d MB -> %d MB%n", rssBefore / 1024, rssAfter / 1024);
        if (r.sessions.get() > 0 || r.errors.get() > 0) {
            System.exit(1);
        }
    }

    /** The demo fair (the published event named "Vietnam Wood…"), from the public API. */
    static String demoFair(URI base) throws Exception {
        String json = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(base.resolve("/api/events")).build(), HttpResponse.BodyHandlers.ofString()).body();
        int name = json.indexOf("\"Vietnam Wood");
        if (name < 0) {
            throw new IllegalStateException("no demo fair at " + base + " (start it with mvn -Prun)");
        }
        int id = json.lastIndexOf("\"id\":", name);
        int start = json.indexOf('"', id + 5) + 1;
        return json.substring(start, json.indexOf('"', start));
    }

    record Result(List<Long> micros, AtomicLong bytes, AtomicLong sessions, AtomicLong errors) {
    }

    static Result run(URI base, String path, int threads, int seconds, boolean keep) throws InterruptedException {
        Result r = new Result(Collections.synchronizedList(new ArrayList<>()), new AtomicLong(), new AtomicLong(), new AtomicLong());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> all = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread th = new Thread(() -> {
                Wire wire = new Wire(base);
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        Wire.Page p = wire.get(path);
                        if (p.status() != 200) {
                            r.errors.incrementAndGet();
                            continue;
                        }
                        mine.add((System.nanoTime() - t0) / 1000);
                        r.bytes.addAndGet(p.bytes());
                        if (p.session()) {
                            r.sessions.incrementAndGet();
                        }
                    } catch (IOException e) {
                        r.errors.incrementAndGet();
                        wire.close();
                    }
                }
                wire.close();
                if (keep) {
                    r.micros.addAll(mine);
                }
            });
            th.start();
            all.add(th);
        }
        for (Thread th : all) {
            th.join();
        }
        return r;
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    /** A kept-alive HTTP/1.1 GET that costs the two cores little: the page read by its length or its chunks. */
    static final class Wire {
        private final String host;
        private final int port;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        record Page(int status, long bytes, boolean session) {
        }

        Wire(URI base) {
            host = base.getHost();
            port = base.getPort() < 0 ? 80 : base.getPort();
        }

        Page get(String path) throws IOException {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                out = socket.getOutputStream();
                in = new BufferedInputStream(socket.getInputStream(), 16384);
            }
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: text/html\r\n"
                    + "Accept-Encoding: gzip\r\nAccept-Language: vi\r\nUser-Agent: PublicPageBench\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            boolean session = false;
            for (String l = line(); !l.isEmpty(); l = line()) {
                String lower = l.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(l.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                } else if (lower.startsWith("set-cookie:") && lower.contains("jsessionid")) {
                    session = true;
                }
            }
            long bytes = 0;
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    in.skipNBytes(size);
                    bytes += size;
                    line();
                }
                line();
            } else if (length >= 0) {
                in.skipNBytes(length);
                bytes = length;
            }
            if (closes) {
                close();
            }
            return new Page(code, bytes, session);
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
                    } catch (IOException ignored) {
                        // not Linux, or no permission
                    }
                    return -1L;
                }).orElse(-1L);
    }
}
