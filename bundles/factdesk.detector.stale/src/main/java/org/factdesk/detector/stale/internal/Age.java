package org.factdesk.detector.stale.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How old a date is on the run date, and what that means for priority.
 *
 * <p>Age counts from {@link PartialDate#lastDay()}; a date after the run date is 0 days old. Years are
 * days / 365.25, printed with one decimal.
 */
final class Age {
    static final int YEAR_DAYS = 365;

    private Age() {
    }

    static long days(PartialDate date, LocalDate asOf) {
        return Math.max(0, ChronoUnit.DAYS.between(date.lastDay(), asOf));
    }

    /** "2013-01-16 (13.9 years old)". */
    static String describe(PartialDate date, long days) {
        return String.format(Locale.ROOT, "%s (%.1f years old)", date.iso(), days / 365.25);
    }

    /**
     * Priority: anything younger than a year 0.1; otherwise an overdue plan 0.7, a publication or update date
     * 0.6 when older than two years and 0.3 between one and two, a dated claim 0.4, a relative phrase 0.3.
     */
    static double priority(StaleKind kind, long days) {
        if (days < YEAR_DAYS) {
            return 0.1;
        }
        return switch (kind) {
            case FUTURE_PLAN -> 0.7;
            case PUBLISHED, UPDATED -> days > 2 * YEAR_DAYS ? 0.6 : 0.3;
            case DATED_CLAIM -> 0.4;
            case RELATIVE -> 0.3;
        };
    }
}
