package org.factdesk.detector.statistic.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the unit right after a number: a percent sign, a multiplier, a time unit, "years old", "dollars", or
 * a counted noun ({@link CountNouns}). Durations are normalized to one spelling per unit ("yrs" → years),
 * singular for exactly one ("1 year") and plural otherwise.
 *
 * <p>Service availability is not a claim about a quantity: "24-hour line", "24 hours a day", "7 days a week"
 * and "365 days a year" are skipped, as are ages written as compound adjectives ("a 16-year-old girl"), which
 * describe one person in one story rather than assert a statistic.
 */
final class Units {
    /** A unit and where it ends. */
    record Unit(String kind, String unit, int end) {
    }

    private static final int WINDOW = 48;
    private static final String SP = "[\\s\\u00A0]";

    private static final Pattern FOLLOWING = Pattern.compile("(?i)"
            + "(?<ageAdjective>-(?:years?|yrs?|months?|weeks?|days?)-old\\b)"
            + "|(?<percent>" + SP + "?(?:%|percent\\b|per" + SP + "?cent\\b|pct\\b)|-percent\\b)"
            + "|(?<times>" + SP + "?×|[x](?![\\w])|" + SP + "+times\\b|-fold\\b)"
            + "|(?<age>(?:" + SP + "+|-)(?:years?|yrs?)(?:" + SP + "+|-)old\\b|" + SP + "+years?" + SP + "+of" + SP
            + "+age\\b)"
            + "|(?:" + SP + "+|-)(?<duration>days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|decades?)\\b"
            + "|(?<dollars>" + SP + "+(?:dollars|USD)\\b)");

    /** "… a day", "… a week", "… a year" after a time unit: how often, not how long. */
    private static final Pattern PER_PERIOD = Pattern.compile("(?i)" + SP + "+a" + SP + "+(?:day|week|year)\\b");

    private static final Map<String, String> TIME_UNITS = Map.ofEntries(
            Map.entry("day", "day"), Map.entry("week", "week"), Map.entry("month", "month"),
            Map.entry("year", "year"), Map.entry("yr", "year"), Map.entry("hour", "hour"), Map.entry("hr", "hour"),
            Map.entry("minute", "minute"), Map.entry("min", "minute"), Map.entry("decade", "decade"));

    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
    private static final BigDecimal TWENTY_FOUR = BigDecimal.valueOf(24);
    private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);

    /** What a number is followed by: a unit, nothing, or something that shows it is not a statistic. */
    sealed interface Reading permits Found, Nothing, Excluded {
    }

    record Found(Unit unit) implements Reading {
    }

    record Nothing() implements Reading {
    }

    record Excluded() implements Reading {
    }

    private Units() {
    }

    /**
     * The unit after a number that ends at {@code pos}. {@code value} and {@code plural} decide the time unit's
     * spelling and whether a phrase is an availability ("24 hours a day").
     */
    static Reading read(String text, int pos, BigDecimal value, boolean plural) {
        if (!mayStartUnit(text, pos)) {
            return new Nothing();
        }
        Matcher m = FOLLOWING.matcher(text);
        m.useTransparentBounds(true);
        m.region(pos, Math.min(text.length(), pos + WINDOW));
        if (m.lookingAt()) {
            if (m.group("ageAdjective") != null) {
                return new Excluded();
            }
            if (m.group("percent") != null) {
                return found(Statistic.PERCENT, "percent", m.end());
            }
            if (m.group("times") != null) {
                return found(Statistic.MULTIPLIER, "times", m.end());
            }
            if (m.group("age") != null) {
                return found(Statistic.AGE, plural || value.compareTo(BigDecimal.ONE) != 0 ? "years" : "year", m.end());
            }
            if (m.group("duration") != null) {
                String unit = timeUnit(m.group("duration"), value, plural);
                return isAvailability(text, pos, m.end(), value, unit) ? new Excluded()
                        : found(Statistic.DURATION, unit, m.end());
            }
            return found(Statistic.MONEY, "USD", m.end()); // "dollars", "USD"
        }
        CountNouns.CountedNoun noun = CountNouns.read(text, pos);
        return noun == null ? new Nothing() : found(Statistic.COUNT, noun.noun(), noun.end());
    }

    /**
     * A cheap first test: a unit starts with a sign, a hyphen or a letter, possibly after a little white space.
     * Most numbers in number-dense text (tables, ids, phone lists) fail it and skip the regular expressions.
     */
    private static boolean mayStartUnit(String text, int pos) {
        int i = pos;
        while (i < text.length() && i - pos < 3 && WordsBefore.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return NumberScanner.isLetter(c) || c == '%' || c == '×' || c == '-';
    }

    /** "24-hour", "24 hours a day", "7 days a week", "365 days a year": round-the-clock service, not a quantity. */
    private static boolean isAvailability(String text, int numberEnd, int unitEnd, BigDecimal value, String unit) {
        boolean perPeriod = PER_PERIOD.matcher(text).region(unitEnd, Math.min(text.length(), unitEnd + 12)).lookingAt();
        if (value.compareTo(TWENTY_FOUR) == 0 && unit.startsWith("hour")) {
            return perPeriod || text.charAt(numberEnd) == '-';
        }
        boolean roundTheClock = value.compareTo(SEVEN) == 0 || value.compareTo(DAYS_IN_YEAR) == 0;
        return roundTheClock && unit.startsWith("day") && perPeriod;
    }

    private static String timeUnit(String written, BigDecimal value, boolean plural) {
        String w = written.toLowerCase(Locale.ROOT);
        String singular = TIME_UNITS.get(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        return plural || value.compareTo(BigDecimal.ONE) != 0 ? singular + "s" : singular;
    }

    private static Reading found(String kind, String unit, int end) {
        return new Found(new Unit(kind, unit, end));
    }
}
