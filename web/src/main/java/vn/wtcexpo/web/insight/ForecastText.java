package vn.wtcexpo.web.insight;

import java.time.Instant;
import java.util.Locale;
import vn.wtcexpo.insight.model.CrowdForecast;
import vn.wtcexpo.insight.model.LanePlanner;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.web.i18n.Texts;

/** The forecast in words, from the bundle: the plain sentence on top, and what it rests on. */
public final class ForecastText {

    private ForecastText() {
    }

    /** "Hall C should peak at about 1,850 (89 % of capacity) around 10:45; open 6 lanes at C-NORTH from 8:45 to 10:15." */
    public static String summary(CrowdForecast f, Locale locale) {
        CrowdForecast.HallForecast hall = f.fullest();
        if (hall == null) {
            return Texts.text(locale, "forecast.summary.noHalls");
        }
        if (hall.peakAt() == null || hall.peakInside() == 0) {
            return Texts.text(locale, "forecast.summary.nobody");
        }
        boolean over = !hall.peakAt().plus(15, java.time.temporal.ChronoUnit.MINUTES).isAfter(f.at());
        StringBuilder s = new StringBuilder(Texts.text(locale, over ? "forecast.summary.peaked" : "forecast.summary.peak", hall.hall(),
                count(hall.peakInside(), locale), count(Math.round(hall.peakShare() * 100), locale), time(hall.peakAt())));
        LanePlanner.LaneRange busiest = CrowdForecast.busiest(hall);
        if (busiest != null && busiest.lanes() > 1) {
            s.append(Texts.text(locale, "forecast.summary.lanes", count(busiest.lanes(), locale), busiest.gate(), time(busiest.from()),
                    time(busiest.to())));
        }
        s.append('.');
        if (hall.reachesWarningAt() != null) {
            s.append(' ').append(Texts.text(locale, "forecast.summary.warning", hall.hall(), time(hall.reachesWarningAt())));
        }
        if (f.lanesAtPeak() > f.pairedDevices()) {
            s.append(' ').append(Texts.text(locale, "forecast.summary.devices", count(f.lanesAtPeak(), locale),
                    count(f.pairedDevices(), locale)));
        }
        return s.toString();
    }

    /** What the forecast rests on, and whether it had to use the defaults. */
    public static String basis(CrowdForecast f, Locale locale) {
        CrowdForecast.Basis b = f.basis();
        String key = b.pastDays() == 0 ? "forecast.basis.defaults" : b.defaults() ? "forecast.basis.mixed" : "forecast.basis.learned";
        return Texts.text(locale, key, count(b.registered(), locale), count(b.pastDays(), locale));
    }

    /** A count as people read it: 1,850 in English, 1.850 in Vietnamese. */
    static String count(long n, Locale locale) {
        return Formats.number(n, locale);
    }

    /** A moment as its time of day in Vietnam: 10:45. */
    public static String time(Instant at) {
        return Formats.time(at.atZone(Formats.VIETNAM).toLocalTime());
    }
}
