package org.factdesk.detector.statistic.internal;

import java.math.BigDecimal;

/**
 * A number as written in the text: digits ({@code 1,000}, {@code 2.5}, {@code 1.5 million}) or words
 * ({@code Eight}, {@code twenty-five}, {@code a dozen}). Whether it is a statistic is decided later, from its
 * surroundings.
 *
 * @param start   first character of the number
 * @param end     after its last character (including a scale word such as "million")
 * @param value   the number's value
 * @param spelled true when written in words
 * @param plain   true for a bare run of digits (no grouping comma, no decimal point, no scale word)
 */
record NumberToken(int start, int end, BigDecimal value, boolean spelled, boolean plain) {
    private static final BigDecimal FIRST_YEAR = BigDecimal.valueOf(1800);
    private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2099);

    /** "2013", "1998": four bare digits in the range of calendar years. */
    boolean yearLike() {
        return plain && end - start == 4 && value.compareTo(FIRST_YEAR) >= 0 && value.compareTo(LAST_YEAR) <= 0;
    }

    /** The word "one": far more often a pronoun or determiner ("one of the factors") than a count. */
    boolean spelledOne() {
        return spelled && value.compareTo(BigDecimal.ONE) == 0;
    }

    /** 211, 311, ..., 911 and 988 written as digits: service codes, never counts. */
    boolean serviceCode() {
        if (!plain || end - start != 3) {
            return false;
        }
        int v = value.intValue();
        return v == 988 || v % 100 == 11 && v >= 211;
    }
}
