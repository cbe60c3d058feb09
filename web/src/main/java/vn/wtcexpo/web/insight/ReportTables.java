package vn.wtcexpo.web.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.insight.model.Backtest;
import vn.wtcexpo.insight.model.ShowReport;

/**
 * The post-show report as tables, one list for every medium (the page in the reader's language, the bilingual PDF, the
 * workbook): each table's title and columns are keys of the messages bundle, each cell says what it holds, and each
 * medium shows it its way. A count of people that is null is a small group ("fewer than 5").
 */
public final class ReportTables {

    private ReportTables() {
    }

    /** A cell of a table. */
    public sealed interface Cell permits Label, People, Share, Day, Time, Plain, Area, Minutes, Hour {
    }

    /** A text of the messages bundle. */
    public record Label(String key) implements Cell {
    }

    /** A count of people; null: fewer than 5. */
    public record People(Integer count) implements Cell {
    }

    /** A share in percent; null: not shown (a small group, or nothing to share). */
    public record Share(Double percent) implements Cell {
    }

    public record Day(LocalDate day) implements Cell {
    }

    /** A moment, shown as its time of day in Vietnam. */
    public record Time(Instant at) implements Cell {
    }

    /** Text as it is (a hall's code, a company's name, an interest). */
    public record Plain(String text) implements Cell {
    }

    public record Area(double sqm) implements Cell {
    }

    /** A duration in minutes; null: not shown. */
    public record Minutes(Integer minutes) implements Cell {
    }

    /** An hour of the day (local time), as {@code 09:00}; null: none. */
    public record Hour(Integer hour) implements Cell {
    }

    /**
     * A table: its short name (a sheet), its title and columns (bundle keys), its rows, and what to say when it has
     * none.
     */
    public record Table(String sheetKey, String titleKey, List<String> columns, List<List<Cell>> rows, String emptyKey) {
    }

    public static List<Table> of(ShowReport r) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("report.sheet.summary", "report.key", List.of("report.figure", "report.value"), List.of(
                List.of(new Label("report.visitors"), new People(r.visitors())),
                List.of(new Label("report.visits"), new People(r.visits())),
                List.of(new Label("report.repeatVisits"), new People(r.repeatVisits())),
                List.of(new Label("report.returning"), new People(r.returning())),
                List.of(new Label("report.netSpace"), new Area(r.space().netSqm())),
                List.of(new Label("report.grossSpace"), new Area(r.space().grossSqm())),
                List.of(new Label("report.directExhibitors"), new Plain(String.valueOf(r.space().directExhibitors())))),
                "report.none"));
        tables.add(new Table("report.sheet.days", "report.perDay",
                List.of("report.day", "report.visits", "report.firstVisits", "report.busiestHour", "report.arrivalsInIt"),
                r.days().stream().map(d -> List.<Cell>of(new Day(d.day()), new People(d.visits()), new People(d.firstVisits()),
                        new Hour(d.peakHour()), new People(d.peakHourArrivals()))).toList(), "report.none"));
        tables.add(new Table("report.sheet.halls", "report.perHall",
                List.of("report.day", "report.hall", "report.hallVisitors", "report.peakInside", "report.peakAt"),
                r.halls().stream().map(h -> List.<Cell>of(new Day(h.day()), new Plain(h.hall()), new People(h.visitors()),
                        new People(h.peakInside()), new Time(h.peakAt()))).toList(), "report.none"));
        tables.add(new Table("report.sheet.hours", "report.perHour",
                List.of("report.day", "report.hour", "report.arrivals", "report.peakInside"),
                r.hours().stream().map(h -> List.<Cell>of(new Day(h.day()), new Hour(h.hour()), new People(h.arrivals()),
                        new People(h.peakInside()))).toList(), "report.none"));
        tables.add(new Table("report.sheet.attendance", "report.attendance",
                List.of("report.badgeType", "report.registered", "report.came", "report.noShow"),
                r.attendance().stream().map(k -> List.<Cell>of(new Label("badge." + k.kind().name()), new People(k.registered()),
                        new People(k.came()), new Share(k.noShowPercent()))).toList(), "report.none"));
        List<List<Cell>> stay = new ArrayList<>();
        stay.add(List.of(new Label("report.medianStay"), new Minutes(r.stay().medianMinutes())));
        r.stay().bands().forEach((band, n) -> stay.add(List.of(new Label("report.stay." + band.name()), new People(n))));
        stay.add(List.of(new Label("report.stayUnknown"), new People(r.stay().unknown())));
        tables.add(new Table("report.sheet.stay", "report.stay", List.of("report.stayBand", "report.visits"), stay, "report.none"));
        tables.add(new Table("report.sheet.interests", "report.interests", List.of("report.interest", "report.visitors"),
                r.interests().stream().map(i -> List.<Cell>of(new Label("category." + i.interest()), new People(i.visitors()))).toList(),
                "report.none"));
        tables.add(leads(r));
        tables.add(new Table("report.sheet.forecast", "report.forecast",
                List.of("report.day", "report.forecastVisitors", "report.actualVisitors", "report.dayError",
                        "report.quarterError", "report.inBand"),
                r.forecast().stream().map(ReportTables::forecastRow).toList(), "report.noForecast"));
        return tables;
    }

    private static Table leads(ShowReport r) {
        List<LocalDate> days = r.days().stream().map(ShowReport.DayLine::day).toList();
        List<String> columns = new ArrayList<>(List.of("report.company"));
        days.forEach(d -> columns.add("day:" + d));
        columns.add("report.total");
        List<List<Cell>> rows = new ArrayList<>();
        for (ShowReport.ExhibitorLine e : r.leads()) {
            List<Cell> row = new ArrayList<>(List.of(new Plain(e.company())));
            for (LocalDate d : days) {
                Map<LocalDate, Integer> per = e.perDay();
                row.add(new People(per.containsKey(d) ? per.get(d) : Integer.valueOf(0)));
            }
            row.add(new People(e.leads()));
            rows.add(row);
        }
        return new Table("report.sheet.leads", "report.leads", columns, rows, "report.noLeads");
    }

    private static List<Cell> forecastRow(Backtest b) {
        return List.of(new Day(b.day()), new People((int) b.forecastVisitors()), new People((int) b.actualVisitors()),
                new Share(Math.round(b.dayError() * 1000) / 10.0), new Share(Math.round(b.quarterHourError() * 1000) / 10.0),
                new Share(Math.round(b.insideBand() * 1000) / 10.0));
    }

    /** An exhibitor's page as tables: its booths and leads, its leads per day and hour, its halls' traffic. */
    public static List<Table> of(ShowReport.ExhibitorPage p) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("report.sheet.summary", "report.key", List.of("report.figure", "report.value"), List.of(
                List.of(new Label("report.booths"), new Plain(String.join(", ", p.booths()))),
                List.of(new Label("report.halls"), new Plain(String.join(", ", p.halls()))),
                List.of(new Label("report.yourLeads"), new People(p.leads()))), "report.none"));
        tables.add(new Table("report.sheet.leads", "report.leadsPerHour", List.of("report.day", "report.hour", "report.yourLeads"),
                p.leadsPerHour().stream().map(h -> List.<Cell>of(new Day(h.day()), new Hour(h.hour()), new People(h.count()))).toList(),
                "report.none"));
        tables.add(new Table("report.sheet.halls", "report.hallTraffic",
                List.of("report.day", "report.hall", "report.hour", "report.entries"),
                p.hallTraffic().stream().map(h -> List.<Cell>of(new Day(h.day()), new Plain(h.hall()), new Hour(h.hour()),
                        new People(h.count()))).toList(), "report.none"));
        return tables;
    }
}
