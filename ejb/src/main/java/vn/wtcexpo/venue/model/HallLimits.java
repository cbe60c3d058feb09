package vn.wtcexpo.venue.model;

import java.util.regex.Pattern;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.LocalizedText;

/** What a hall may be: the form of its code, and the bounds on its area, its capacity (a safe density) and its rate. */
public final class HallLimits {

    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,9}");
    /** More than two people per square metre is not a safe crowd density for an exhibition floor. */
    public static final int MAX_PERSONS_PER_SQM = 2;
    public static final int MAX_AREA_SQM = 100_000;
    /** One day's rent in VND above which an input is surely a typing error (100 billion VND). */
    public static final long MAX_DAY_RATE_VND = 100_000_000_000L;

    /** The most fixed features (pillars, doors...) one hall's outline keeps. */
    public static final int MAX_FEATURES = 500;

    private HallLimits() {
    }

    /** {@code TEXT_REQUIRED} without a name (its two languages are checked where it is made). */
    public static void checkName(LocalizedText name) {
        if (name == null) {
            throw DomainException.invalid("name", "TEXT_REQUIRED");
        }
    }

    /** A new hall's code as typed: {@code HALL_CODE_INVALID} unless 1 to 10 capitals, digits or dashes. */
    public static String checkCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainException.invalid("code", "HALL_CODE_INVALID");
        }
        return code;
    }

    /** {@code HALL_AREA_OUT_OF_RANGE} unless above nothing and at most {@link #MAX_AREA_SQM}. */
    public static void checkArea(int areaSqm) {
        if (areaSqm <= 0 || areaSqm > MAX_AREA_SQM) {
            throw DomainException.invalid("areaSqm", "HALL_AREA_OUT_OF_RANGE", MAX_AREA_SQM);
        }
    }

    /** {@code HALL_CAPACITY_NOT_POSITIVE}, or {@code HALL_CAPACITY_ABOVE_SAFE_DENSITY} above {@link #MAX_PERSONS_PER_SQM}. */
    public static void checkCapacity(int capacity, int areaSqm) {
        if (capacity <= 0) {
            throw DomainException.invalid("capacity", "HALL_CAPACITY_NOT_POSITIVE");
        }
        long max = (long) areaSqm * MAX_PERSONS_PER_SQM;
        if (capacity > max) {
            throw DomainException.invalid("capacity", "HALL_CAPACITY_ABOVE_SAFE_DENSITY", max, MAX_PERSONS_PER_SQM);
        }
    }

    /** {@code HALL_RATE_OUT_OF_RANGE} unless from nothing to {@link #MAX_DAY_RATE_VND}. */
    public static void checkRate(long dayRateVnd) {
        if (dayRateVnd < 0 || dayRateVnd > MAX_DAY_RATE_VND) {
            throw DomainException.invalid("dayRateVnd", "HALL_RATE_OUT_OF_RANGE");
        }
    }
}
