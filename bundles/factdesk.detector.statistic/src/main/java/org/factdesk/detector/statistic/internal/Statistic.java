package org.factdesk.detector.statistic.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A quantity the text asserts.
 *
 * @param start     first character (the qualifier's, when one precedes the number: "nearly 100 people")
 * @param end       after the last character (the unit's, when one follows)
 * @param kind      what sort of quantity: {@link #PERCENT}, {@link #MULTIPLIER}, {@link #MONEY}, {@link #RATIO},
 *                  {@link #DURATION}, {@link #AGE} or {@link #COUNT}
 * @param value     the number, or the low end of a range
 * @param valueHigh the high end of a range, or {@code null}
 * @param unit      percent, times, USD, days, years, "in 6" (ratios), or the counted noun as written, lower-cased
 * @param qualifier up to, about, nearly, at least, more than, less than, average, vague, or the empty string
 */
record Statistic(int start, int end, String kind, BigDecimal value, BigDecimal valueHigh, String unit, String qualifier) {
    static final String PERCENT = "percent";
    static final String MULTIPLIER = "multiplier";
    static final String MONEY = "money";
    static final String RATIO = "ratio";
    static final String DURATION = "duration";
    static final String AGE = "age";
    static final String COUNT = "count";

    /**
     * The comparable form {@code "<qualifier> <value> <unit>"}, single-spaced, the qualifier left out when there
     * is none: "68 percent", "up to 2000 USD", "nearly 100 people", "average 12-14 years", "3 times".
     */
    String normalized() {
        List<String> parts = new ArrayList<>(3);
        if (!qualifier.isEmpty()) {
            parts.add(qualifier);
        }
        parts.add(valueHigh == null ? plain(value) : plain(value) + "-" + plain(valueHigh));
        parts.add(unit);
        return String.join(" ", parts);
    }

    /** A number as a plain decimal string without trailing zeros: 1000, 2.5, 0.75. */
    static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
