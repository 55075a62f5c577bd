package org.factdesk.detector.stale.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A calendar date known to the day, the month or only the year.
 *
 * @param year  the year
 * @param month 1 to 12, or 0 when only the year is known
 * @param day   1 to 31, or 0 when the day is not known
 */
record PartialDate(int year, int month, int day) {
    /** The date, or null when the parts name no real date (February 30). */
    static PartialDate of(int year, int month, int day) {
        try {
            if (month > 0) {
                YearMonth ym = YearMonth.of(year, month);
                if (day > 0) {
                    ym.atDay(day);
                }
            }
            return new PartialDate(year, month, month > 0 ? day : 0);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** YYYY-MM-DD, YYYY-MM or YYYY, as precise as the text was. */
    String iso() {
        if (month == 0) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        if (day == 0) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /**
     * The last day the text can mean: the day itself, else the month's or the year's last day. Ages count from
     * here, so an age is never overstated ("Updated 2019" is at least as old as 2019-12-31).
     */
    LocalDate lastDay() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        if (day == 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, month, day);
    }
}
