package vn.wtcexpo.insight.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.shared.BadgeKind;

/**
 * What a fair did, in the exhibition industry's words (UFI, CENTREX): visitors are people counted once for the whole
 * show, visits count a person once per day they came; exhibitor staff, press, organizer staff and contractors are not
 * visitors, and a VIP counts only with a scan at a gate. Aggregates only: every count of people from 1 to
 * {@link #SMALL} - 1 is null ("fewer than 5"), and a share built on such a count is null too, so that no one can be
 * singled out. Built by {@link ShowFigures} from the scan log, the registrations and the leads.
 *
 * @param asOf         the moment the figures stop (the show's end, or now while it runs)
 * @param over         whether the show's last day has closed
 * @param space        the floor and who took it
 * @param visitors     people who came (visitors and VIPs with a scan), each once
 * @param visits       a visitor once per day they came
 * @param repeatVisits visits beyond each visitor's first day
 * @param returning    visitors who had also come to an earlier event at the venue (by their e-mail)
 */
public record ShowReport(Instant asOf, boolean over, Space space, Integer visitors, Integer visits, Integer repeatVisits,
                         Integer returning, List<DayLine> days, List<HallDay> halls, List<HourLine> hours,
                         List<KindLine> attendance, Stay stay, List<InterestLine> interests, List<ExhibitorLine> leads,
                         List<Backtest> forecast) {

    /** The smallest group of people a report shows. */
    public static final int SMALL = 5;

    /** {@code n}, or null when 1 to 4 people would be shown. */
    public static Integer shown(long n) {
        return n > 0 && n < SMALL ? null : (int) n;
    }

    /** The share {@code part / whole} in percent to a tenth, or null when either count is a small group or none. */
    public static Double share(long part, long whole) {
        if (whole == 0 || shown(part) == null || shown(whole) == null || shown(whole - part) == null) {
            return null;
        }
        return Math.round(part * 1000.0 / whole) / 10.0;
    }

    /** Returning visitors as a share of all visitors. */
    public Double returningShare() {
        return returning == null || visitors == null ? null : share(returning, visitors);
    }

    /**
     * Gross space: the halls the event booked, as the venue provides them (aisles included); net space: what
     * exhibitors contracted (reserved or sold booths, paid or not). Direct exhibitors: companies with a contracted
     * booth (co-exhibitors and represented companies are not recorded).
     */
    public record Space(List<String> halls, double grossSqm, double netSqm, int directExhibitors) {
    }

    /** A show day: its visits, those who came for the first time, its busiest hour (the most arrivals). */
    public record DayLine(LocalDate day, Integer visits, Integer firstVisits, Integer peakHour, Integer peakHourArrivals) {
    }

    /** A hall on a day: visitors who entered it, and the most people (everyone) inside at once, and when. */
    public record HallDay(LocalDate day, String hall, Integer visitors, Integer peakInside, Instant peakAt) {
    }

    /** An hour of a show day (local time): visitors' arrivals, and the most people inside the halls at once. */
    public record HourLine(LocalDate day, int hour, Integer arrivals, Integer peakInside) {
    }

    /** A badge kind: badges registered (active), people with that badge who came, and the no-show share. */
    public record KindLine(BadgeKind kind, Integer registered, Integer came, Double noShowPercent) {
    }

    /**
     * How long visitors stayed, per visit, from their first entry to their last exit of the day: the median and the
     * visits per band; {@code unknown}: visits whose last scan was an entry (nobody scanned them out).
     */
    public record Stay(Integer medianMinutes, Map<Band, Integer> bands, Integer measured, Integer unknown) {

        /** Bands of a stay. */
        public enum Band {
            UNDER_30_MIN(0), FROM_30_MIN(30), FROM_1_H(60), FROM_2_H(120), FROM_4_H(240);

            public final int fromMinutes;

            Band(int fromMinutes) {
                this.fromMinutes = fromMinutes;
            }

            public static Band of(long minutes) {
                Band band = UNDER_30_MIN;
                for (Band b : values()) {
                    if (minutes >= b.fromMinutes) {
                        band = b;
                    }
                }
                return band;
            }
        }
    }

    /** An interest visitors chose when they registered: how many of those who came chose it. */
    public record InterestLine(String interest, Integer visitors) {
    }

    /** An exhibitor's leads (counts only): in all, and per show day. */
    public record ExhibitorLine(String exhibitorId, String company, Integer leads, Map<LocalDate, Integer> perDay) {
    }

    /**
     * One exhibitor's page: its booths and halls, its leads per day and hour, and the traffic of its halls (visitors'
     * entries per day and hour); counts as in the report.
     */
    public record ExhibitorPage(Instant asOf, boolean over, String company, List<String> booths, List<String> halls,
                                Integer leads, List<HourCount> leadsPerHour, List<HourCount> hallTraffic) {
    }

    /** A count in an hour of a day (local time), for a hall or for no hall in particular. */
    public record HourCount(LocalDate day, int hour, String hall, Integer count) {
    }
}
