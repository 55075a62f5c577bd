package org.factdesk.detector.statistic.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities a text asserts. A number is a statistic when a unit follows it (percent, times, a time
 * unit, dollars, a counted noun) or a dollar sign precedes it; when the words before it make it an age ("the
 * average age of entry ... is 14"); or when it continues a list of counts in the same clause ("19 defendants
 * ..., including 14 for felony sex trafficking, four for ..."), whose noun it takes over. Everything else is
 * left alone, which is how years, dates, phone numbers, statute numbers, addresses, list numbering and codes
 * stay out: they have no unit ({@link NotAStatistic} removes the few that look as if they had one).
 *
 * <p>Years ("in 2023 prostitution charges") and N11 service codes ("311 call center") are never counts,
 * durations or ages; the word "one" is not a count on its own ("one of the factors"). Ranges ("12-14 years
 * old", "$500 to $1,000", "between 10 and 15 victims") and ratios ("1 in 6 runaways") are one statistic.
 *
 * <p>Linear in the text: one scan for numbers, then a bounded look at each number's neighbourhood.
 */
final class StatisticFinder {
    private static final int MAX_JOINER = 16;
    private static final int MAX_LIST_GAP = 250;
    private static final String SP = "[\\s\\u00A0]";

    private static final Pattern RANGE_JOINER = Pattern.compile(
            "(?i)" + SP + "*(?:%|percent)?" + SP + "*(?<joiner>-|–|—|to|through|and)" + SP + "*\\$?");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween" + SP + "+$");
    private static final Pattern RATIO_JOINER = Pattern.compile("(?i)" + SP + "+(?:in|out" + SP + "+of)" + SP + "+");
    private static final Pattern LIST_CONTINUATION = Pattern.compile(
            "(?i)" + SP + "+(?:for\\b|of" + SP + "+(?:them|whom|those)\\b)");
    private static final Pattern MONEY_SCALE = Pattern.compile("(?<scale>bn|[kKmMbB])(?![\\w])");

    List<Statistic> find(String text) {
        return find(text, WordIndex.of(text));
    }

    /** The statistics of {@code text}, whose numbers and first words {@code index} lists. */
    List<Statistic> find(String text, WordIndex index) {
        List<NumberToken> tokens = NumberScanner.scan(text, index);
        List<Statistic> found = new ArrayList<>();
        int consumed = 0;
        Statistic lastCount = null;
        for (int k = 0; k < tokens.size(); k++) {
            NumberToken t = tokens.get(k);
            if (t.start() < consumed) {
                continue;
            }
            NumberToken next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            Statistic s = statistic(text, t, next, lastCount);
            if (s != null) {
                found.add(s);
                consumed = s.end();
                if (s.kind().equals(Statistic.COUNT)) {
                    lastCount = s;
                }
            }
        }
        WordStatistics.find(text, index, found);
        return withoutOverlaps(found);
    }

    private static Statistic statistic(String text, NumberToken t, NumberToken next, Statistic lastCount) {
        boolean dollar = t.start() > 0 && text.charAt(t.start() - 1) == '$';
        int start = dollar ? t.start() - 1 : t.start();
        if (!dollar && NotAStatistic.byWhatPrecedes(text, t.start())) {
            return null;
        }
        Qualifiers.Found before = Qualifiers.before(text, start);
        if (next != null) {
            Statistic pair = range(text, t, next, dollar, start, before);
            if (pair == null) {
                pair = ratio(text, t, next, start, before);
            }
            if (pair != null) {
                return pair;
            }
        }
        if (NotAStatistic.byWhatFollows(text, t.end())) {
            return null;
        }
        return single(text, t, dollar, start, before, lastCount);
    }

    private static Statistic single(String text, NumberToken t, boolean dollar, int start, Qualifiers.Found before,
                                    Statistic lastCount) {
        BigDecimal value = t.value();
        int end = t.end();
        if (dollar) {
            Matcher scale = MONEY_SCALE.matcher(text).region(end, Math.min(text.length(), end + 3));
            if (!t.spelled() && scale.lookingAt()) {
                value = value.multiply(moneyScale(scale.group("scale")));
                end = scale.end();
            }
        }
        Qualifiers.Found after = Qualifiers.after(text, end);
        int unitAt = after == null ? end : after.at();
        String qualifier = before != null ? before.canonical() : after != null ? after.canonical() : "";
        int from = before != null ? before.at() : start;
        Units.Reading reading = Units.read(text, unitAt, value, false);
        if (dollar) {
            int moneyEnd = reading instanceof Units.Found f && f.unit().kind().equals(Statistic.MONEY) ? f.unit().end() : end;
            return new Statistic(from, moneyEnd, Statistic.MONEY, value, null, "USD", qualifier);
        }
        if (reading instanceof Units.Excluded) {
            return null;
        }
        if (reading instanceof Units.Found f) {
            Units.Unit unit = f.unit();
            boolean partOfName = unit.kind().equals(Statistic.COUNT) && NotAStatistic.insideName(text, t.start(), t.end());
            if (!allowed(t, unit.kind()) || partOfName) {
                return null;
            }
            if (unit.kind().equals(Statistic.DURATION) || unit.kind().equals(Statistic.AGE)) {
                qualifier = withAgeQualifier(text, start, qualifier, unit.kind());
            }
            return new Statistic(from, unit.end(), unit.kind(), value, null, unit.unit(), qualifier);
        }
        if (t.yearLike() || t.serviceCode()) {
            return null;
        }
        String age = Qualifiers.ageBefore(text, start);
        if (age != null && !t.spelledOne()) {
            return new Statistic(from, end, Statistic.AGE, value, null, value.compareTo(BigDecimal.ONE) == 0 ? "year" : "years",
                    qualifier.isEmpty() ? age : qualifier);
        }
        if (continuesList(text, t, lastCount)) {
            return new Statistic(from, end, Statistic.COUNT, value, null, lastCount.unit(), qualifier);
        }
        return null;
    }

    /** "12-14 years old", "$500 to $1,000", "30-40%", "between 10 and 15 victims", "ages 12 to 14". */
    private static Statistic range(String text, NumberToken low, NumberToken high, boolean dollar, int start,
                                   Qualifiers.Found before) {
        if (high.start() - low.end() > MAX_JOINER || high.value().compareTo(low.value()) <= 0 || low.yearLike()) {
            return null;
        }
        Matcher joiner = RANGE_JOINER.matcher(text).region(low.end(), high.start());
        if (!joiner.matches()) {
            return null;
        }
        if (joiner.group("joiner").equalsIgnoreCase("and") && !endsWithBetween(text, start)) {
            return null;
        }
        if (NotAStatistic.byWhatFollows(text, high.end())) {
            return null;
        }
        String qualifier = before == null ? "" : before.canonical();
        int from = before == null ? start : before.at();
        if (dollar) {
            return new Statistic(from, high.end(), Statistic.MONEY, low.value(), high.value(), "USD", qualifier);
        }
        Units.Reading reading = Units.read(text, high.end(), high.value(), true);
        if (reading instanceof Units.Found f && allowed(low, f.unit().kind())) {
            String kind = f.unit().kind();
            if (kind.equals(Statistic.DURATION) || kind.equals(Statistic.AGE)) {
                qualifier = withAgeQualifier(text, start, qualifier, kind);
            }
            return new Statistic(from, f.unit().end(), kind, low.value(), high.value(), f.unit().unit(), qualifier);
        }
        String age = reading instanceof Units.Nothing ? Qualifiers.ageBefore(text, start) : null;
        if (age != null) {
            return new Statistic(from, high.end(), Statistic.AGE, low.value(), high.value(), "years",
                    qualifier.isEmpty() ? age : qualifier);
        }
        return null;
    }

    /** "1 in 6 runaways", "one in five children", "3 out of 4 victims". */
    private static Statistic ratio(String text, NumberToken part, NumberToken whole, int start, Qualifiers.Found before) {
        if (whole.start() - part.end() > MAX_JOINER || whole.value().compareTo(part.value()) <= 0
                || part.yearLike() || whole.yearLike() || NotAStatistic.byWhatFollows(text, whole.end())) {
            return null;
        }
        if (!RATIO_JOINER.matcher(text).region(part.end(), whole.start()).matches()) {
            return null;
        }
        return new Statistic(before == null ? start : before.at(), whole.end(), Statistic.RATIO, part.value(), null,
                "in " + Statistic.plain(whole.value()), before == null ? "" : before.canonical());
    }

    /** Years and service codes are never counts or durations; "one" is never a count or multiplier on its own. */
    private static boolean allowed(NumberToken t, String kind) {
        boolean quantityOfThings = kind.equals(Statistic.COUNT) || kind.equals(Statistic.DURATION)
                || kind.equals(Statistic.AGE);
        if (quantityOfThings && (t.yearLike() || t.serviceCode())) {
            return false;
        }
        return !(t.spelledOne() && (kind.equals(Statistic.COUNT) || kind.equals(Statistic.MULTIPLIER)));
    }

    /** A duration or age right after "the average age of entry is" carries the average. */
    private static String withAgeQualifier(String text, int start, String qualifier, String kind) {
        if (!qualifier.isEmpty()) {
            return qualifier;
        }
        String age = Qualifiers.ageBefore(text, start);
        return age == null ? "" : age;
    }

    /**
     * "19 defendants have been charged, including 14 for felony sex trafficking, four for …": a number followed
     * by "for" (or "of them") in the same clause as a count, within {@value #MAX_LIST_GAP} characters, counts the
     * same thing.
     */
    private static boolean continuesList(String text, NumberToken t, Statistic lastCount) {
        if (lastCount == null || t.start() - lastCount.end() > MAX_LIST_GAP) {
            return false;
        }
        for (int i = lastCount.end(); i < t.start(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return false;
            }
        }
        return LIST_CONTINUATION.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 16)).lookingAt();
    }

    private static boolean endsWithBetween(String text, int pos) {
        return BETWEEN.matcher(text).useTransparentBounds(true).region(Math.max(0, pos - 12), pos).find();
    }

    private static BigDecimal moneyScale(String suffix) {
        return switch (suffix) {
            case "k", "K" -> BigDecimal.valueOf(1_000L);
            case "m", "M" -> BigDecimal.valueOf(1_000_000L);
            default -> BigDecimal.valueOf(1_000_000_000L);
        };
    }

    /** In text order; where two overlap, the earlier (then the longer) one stays. */
    private static List<Statistic> withoutOverlaps(List<Statistic> found) {
        found.sort(Comparator.comparingInt(Statistic::start).thenComparing(Comparator.comparingInt(Statistic::end).reversed()));
        List<Statistic> kept = new ArrayList<>(found.size());
        int reached = 0;
        for (Statistic s : found) {
            if (s.start() >= reached) {
                kept.add(s);
                reached = s.end();
            }
        }
        return kept;
    }
}
