import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the live page's forecast costs per refresh: {@code GET /api/events/{id}/forecast} for the demo fair that runs
 * today, as its organizer, one call after another: after a warm-up, p50, p95, p99 and the slowest answer, and how many
 * arrivals the day had counted (the forecast's {@code admittedSoFar}: visitors and VIPs). For comparison, the same
 * for {@code GET .../forecast/settings} (the sign-in, HTTP and one row: what any call as a staff member costs). Run it
 * alone, and while {@code GateBench} sends scans, to see the cost under a gate load.
 *
 * <pre>java bench/ForecastRefreshBench.java [http://localhost:8080] [calls, 200] [warm-up calls, 300] [organizer] [demo]</pre>
 *
 * Single-file program: JDK only.
 */
public class ForecastRefreshBench {

    private static final Pattern EVENT = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"name\":\\{\"en\":\"([^\"]*)\"");
    private static final Pattern ADMITTED = Pattern.compile("\"admittedSoFar\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        String user = args.length > 3 ? args[3] : "organizer";
        String password = args.length > 4 ? args[4] : "demo";
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        String eventId = null;
        Matcher e = EVENT.matcher(get(http, base + "/api/events?mine=true", auth));
        while (e.find()) {
            if (e.group(2).startsWith("Binh Duong Industry Week")) {
                eventId = e.group(1);
            }
        }
        if (eventId == null) {
            System.out.println("The demo fair that runs today is not at " + base + " (start with the demo data: mvn -Prun).");
            System.exit(1);
        }
        String url = base + "/api/events/" + eventId + "/forecast";
        for (int i = 0; i < warmUp; i++) {
            get(http, url, auth);
            get(http, url + "/settings", auth);
        }
        String[] last = new String[1];
        long[] forecast = measure(calls, () -> last[0] = get(http, url, auth));
        long[] settings = measure(calls, () -> get(http, url + "/settings", auth));
        Matcher admitted = ADMITTED.matcher(last[0]);
        System.out.printf(Locale.ROOT, "forecast of today's demo fair (%s visitors and VIPs arrived so far), %d calls after %d "
                + "warm-up: %s%n", admitted.find() ? admitted.group(1) : "?", calls, warmUp, figures(forecast));
        System.out.printf(Locale.ROOT, "its settings (sign-in, HTTP, one row), for comparison:      %s%n", figures(settings));
    }

    interface Call {
        void run() throws Exception;
    }

    private static long[] measure(int calls, Call call) throws Exception {
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static String figures(long[] sorted) {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", ms(sorted, 0.50),
                ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static String get(HttpClient http, String url, String auth) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
