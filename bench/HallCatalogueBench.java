import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads GET /api/halls from many threads against a running application and prints throughput,
 * latency percentiles and the server's memory. Bounded in time and count; loopback only.
 *
 *   java bench/HallCatalogueBench.java [baseUrl=http://localhost:8080] [threads=16] [seconds=20]
 */
public class HallCatalogueBench {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
            throw new IllegalArgumentException("benchmarks only target this machine");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/halls")).timeout(Duration.ofSeconds(10)).build();

        // warm-up
        for (int i = 0; i < 200; i++) {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
        long rssBefore = serverRssKb();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int maxRequests = 2_000_000;
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, java.util.concurrent.TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("GET /api/halls  threads=%d  duration=%.1f s%n", threads, elapsed);
        System.out.printf("requests=%d  errors=%d  throughput=%.0f req/s%n", sorted.size(), errors.get(), sorted.size() / elapsed);
        System.out.printf("latency ms: p50=%.2f  p90=%.2f  p99=%.2f  max=%.2f%n",
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        long rssAfter = serverRssKb();
        if (rssAfter > 0) {
            System.out.printf("server RSS: %d MB before, %d MB after%n", rssBefore / 1024, rssAfter / 1024);
        }
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
