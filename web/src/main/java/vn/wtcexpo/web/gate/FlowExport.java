package vn.wtcexpo.web.gate;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import vn.wtcexpo.web.support.Jsons;
import java.util.List;
import vn.wtcexpo.gate.application.GateReports;
import vn.wtcexpo.gate.application.GateReports.FlowRow;

/**
 * The visitor flow as files for the province's open-data portal: CSV with stable machine column names, and JSON
 * (the API's shape). A suppressed count (1 to 4) is empty in the CSV and null in the JSON.
 */
public final class FlowExport {

    private static final JsonProvider JSON = Jsons.PROVIDER;

    /** The CSV's columns. */
    public static final String CSV_HEADER = "day,hall,hour,entries,exits,peak_inside";

    private FlowExport() {
    }

    public static String csv(List<FlowRow> rows) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (FlowRow r : rows) {
            out.append(r.day()).append(',').append(csvText(r.hall())).append(',').append(r.hour()).append(',')
                    .append(n(r.entries())).append(',').append(n(r.exits())).append(',').append(n(r.peakInside())).append("\r\n");
        }
        return out.toString();
    }

    public static String json(List<FlowRow> rows) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (FlowRow r : rows) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("day", r.day().toString()).add("hall", r.hall()).add("hour", r.hour());
            count(o, "entries", r.entries());
            count(o, "exits", r.exits());
            count(o, "peakInside", r.peakInside());
            array.add(o);
        }
        return array.build().toString();
    }

    private static void count(JsonObjectBuilder o, String name, Integer value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static String n(Integer v) {
        return v == null ? "" : v.toString();
    }

    private static String csvText(String s) {
        return s.matches("[A-Za-z0-9_-]*") ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
