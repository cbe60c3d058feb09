import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well the crowd forecast does, measured on every show day gone by at the venue: for each event (as the venue
 * admin), {@code GET /api/events/{id}/forecast/backtest} forecasts each past day as of its opening and of each hour
 * after, with only what was known then (the scans before that moment, the days before that day), and compares with
 * what happened. Prints each forecast, then the day-total error (MAPE), the quarter-hours' error (MAPE over those with
 * five arrivals or more) and the share of quarter-hours inside the 80 % band: as of the opening, and over all hours.
 *
 * <pre>java bench/ForecastBacktest.java [http://localhost:8080] [admin] [demo]</pre>
 *
 * The demo data's four past fairs (a morning rush, a lunch bump, a rainy slow start, a Saturday crowd) are the history
 * it runs on after {@code mvn -Prun}. Single-file program: JDK only.
 */
public class ForecastBacktest {

    private static final Pattern EVENT = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"name\":\\{\"en\":\"([^\"]*)\"");
    private static final Pattern ROW = Pattern.compile("\\{\"day\":\"([^\"]+)\",\"asOf\":\"([^\"]+)\",\"forecastVisitors\":(\\d+),"
            + "\"actualVisitors\":(\\d+),\"dayError\":([0-9.E-]+),\"quarterHourError\":([0-9.E-]+),\"insideBand\":([0-9.E-]+),"
            + "\"quarterHours\":(\\d+)\\}");

    record Row(String event, String day, String asOf, long forecast, long actual, double dayError, double qhError,
               double insideBand, int quarterHours) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String user = args.length > 1 ? args[1] : "admin";
        String password = args.length > 2 ? args[2] : "demo";
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        String events = get(http, base + "/api/events?mine=true", auth);
        List<Row> rows = new ArrayList<>();
        long started = System.nanoTime();
        Matcher e = EVENT.matcher(events);
        while (e.find()) {
            String body = get(http, base + "/api/events/" + e.group(1) + "/forecast/backtest", auth);
            Matcher r = ROW.matcher(body);
            String firstAsOf = null;
            while (r.find()) {
                String day = r.group(1);
                boolean opening = firstAsOf == null || !firstAsOf.startsWith(day);
                if (opening) {
                    firstAsOf = r.group(2);
                }
                rows.add(new Row(e.group(2) + (opening ? " *" : ""), day, r.group(2), Long.parseLong(r.group(3)),
                        Long.parseLong(r.group(4)), Double.parseDouble(r.group(5)), Double.parseDouble(r.group(6)),
                        Double.parseDouble(r.group(7)), Integer.parseInt(r.group(8))));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (rows.isEmpty()) {
            System.out.println("No show day gone by at " + base + ": nothing to backtest (start with the demo data: mvn -Prun).");
            return;
        }
        System.out.printf(Locale.ROOT, "%-34s %-10s %-5s %8s %8s %8s %8s %8s%n", "event (* as of the opening)", "day", "as of",
                "forecast", "actual", "day err", "qh MAPE", "in band");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "%-34s %-10s %-5s %8d %8d %7.1f%% %7.1f%% %7.0f%%%n", cut(row.event(), 34), row.day(),
                    row.asOf().substring(11, 16), row.forecast(), row.actual(), row.dayError() * 100, row.qhError() * 100,
                    row.insideBand() * 100);
        }
        List<Row> openings = rows.stream().filter(r -> r.event().endsWith(" *")).toList();
        System.out.println();
        summary("as of the opening", openings);
        summary("as of every hour", rows);
        System.out.printf(Locale.ROOT, "%d forecasts of %d show days in %.1f s%n", rows.size(), openings.size(), seconds);
    }

    private static void summary(String label, List<Row> rows) {
        double dayMape = rows.stream().mapToDouble(Row::dayError).average().orElse(0) * 100;
        double qhMape = rows.stream().mapToDouble(Row::qhError).average().orElse(0) * 100;
        long slots = rows.stream().mapToLong(Row::quarterHours).sum();
        double inBand = slots == 0 ? 0 : rows.stream().mapToDouble(r -> r.insideBand() * r.quarterHours()).sum() / slots * 100;
        System.out.printf(Locale.ROOT, "%-18s day total MAPE %5.1f %%   quarter-hour MAPE %5.1f %%   quarter-hours in the band %5.1f %%%n",
                label, dayMape, qhMape, inBand);
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 3) + "...";
    }

    private static String get(HttpClient http, String url, String auth) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
