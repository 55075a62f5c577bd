package org.factdesk.detector.statistic.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that bound or soften a number: "up to 90 days", "nearly 100 people", "7+ attempts", "12 or more".
 * Each phrase maps to one canonical qualifier so that two claims about the same quantity compare equal.
 * All look-arounds read a bounded window next to the number, so each call costs a constant.
 */
final class Qualifiers {
    static final String UP_TO = "up to";
    static final String ABOUT = "about";
    static final String NEARLY = "nearly";
    static final String AT_LEAST = "at least";
    static final String MORE_THAN = "more than";
    static final String LESS_THAN = "less than";
    static final String AVERAGE = "average";
    static final String VAGUE = "vague";

    /** A qualifier and where its words start (or end, for one that follows the number). */
    record Found(String canonical, int at) {
    }

    private static final int WINDOW = 32;
    private static final int AGE_WINDOW = 90;

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("up to", UP_TO), Map.entry("as many as", UP_TO), Map.entry("as much as", UP_TO),
            Map.entry("a maximum of", UP_TO), Map.entry("maximum of", UP_TO), Map.entry("not more than", UP_TO),
            Map.entry("no more than", UP_TO), Map.entry("not to exceed", UP_TO), Map.entry("not exceeding", UP_TO),
            Map.entry("about", ABOUT), Map.entry("around", ABOUT), Map.entry("approximately", ABOUT),
            Map.entry("approx.", ABOUT), Map.entry("roughly", ABOUT), Map.entry("an estimated", ABOUT),
            Map.entry("estimated", ABOUT), Map.entry("some", ABOUT),
            Map.entry("nearly", NEARLY), Map.entry("almost", NEARLY), Map.entry("close to", NEARLY),
            Map.entry("just under", NEARLY),
            Map.entry("at least", AT_LEAST), Map.entry("no fewer than", AT_LEAST), Map.entry("no less than", AT_LEAST),
            Map.entry("not less than", AT_LEAST), Map.entry("not fewer than", AT_LEAST),
            Map.entry("a minimum of", AT_LEAST), Map.entry("minimum of", AT_LEAST),
            Map.entry("more than", MORE_THAN), Map.entry("over", MORE_THAN), Map.entry("in excess of", MORE_THAN),
            Map.entry("upwards of", MORE_THAN), Map.entry("above", MORE_THAN), Map.entry("exceeding", MORE_THAN),
            Map.entry("less than", LESS_THAN), Map.entry("fewer than", LESS_THAN), Map.entry("under", LESS_THAN),
            Map.entry("below", LESS_THAN),
            Map.entry("an average of", AVERAGE), Map.entry("average of", AVERAGE), Map.entry("averaging", AVERAGE),
            Map.entry("average", AVERAGE));

    private static final Pattern AFTER = Pattern.compile(
            "(?i)(?<atLeast>\\+|\\s+or\\s+(?:more|older|over|above)\\b|\\s+and\\s+(?:over|older|above|up)\\b|\\s+plus\\b)"
                    + "|(?<upTo>\\s+or\\s+(?:fewer|less|younger|under)\\b)");

    /**
     * "the average age of entry into prostitution is 14", "ages 12 to 14", "aged 13": the number that follows is
     * an age in years. Group {@code avg} says the age is an average; group {@code q} holds a softening word.
     */
    private static final Pattern AGE_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?<avg>average|mean|median)\\s+)?age[sd]?\\b(?:[^.!?\\d]{0,60}?\\b(?:is|was|are|were)\\s+"
                    + "(?:(?<q>about|around|approximately|roughly|nearly|almost)\\s+)?|\\s+)$");

    /** The words that can end an age phrase right before the number. */
    private static final Set<String> AGE_LEAD_INS = Set.of(
            "is", "was", "are", "were", "about", "around", "approximately", "roughly", "nearly", "almost", "age", "ages",
            "aged");

    private Qualifiers() {
    }

    /**
     * The qualifier that ends right before {@code pos}, or {@code null}. The longest phrase wins, so "not more
     * than" is read as "up to", not as "more than".
     */
    static Found before(String text, int pos) {
        WordsBefore.Word last = WordsBefore.before(text, pos, true);
        if (last == null) {
            return null;
        }
        WordsBefore.Word middle = WordsBefore.before(text, last.start(), true);
        WordsBefore.Word first = middle == null ? null : WordsBefore.before(text, middle.start(), true);
        if (first != null) {
            String canonical = CANONICAL.get(phrase(first, middle, last));
            if (canonical != null) {
                return new Found(canonical, first.start());
            }
        }
        if (middle != null) {
            String canonical = CANONICAL.get(phrase(middle, last));
            if (canonical != null) {
                return new Found(canonical, middle.start());
            }
        }
        String canonical = CANONICAL.get(phrase(last));
        return canonical == null ? null : new Found(canonical, last.start());
    }

    private static String phrase(WordsBefore.Word... words) {
        StringBuilder sb = new StringBuilder();
        for (WordsBefore.Word w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.text().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** "+", "or more", "or fewer" right after {@code pos}: the qualifier and where its words end, or {@code null}. */
    static Found after(String text, int pos) {
        if (!mayStartAfter(text, pos)) {
            return null;
        }
        Matcher m = AFTER.matcher(text);
        m.useTransparentBounds(true);
        m.region(pos, Math.min(text.length(), pos + WINDOW));
        if (!m.lookingAt()) {
            return null;
        }
        return new Found(m.group("atLeast") != null ? AT_LEAST : UP_TO, m.end());
    }

    /** A cheap first test: "+" or a word starting with o, a or p ("or", "and", "plus") after a little space. */
    private static boolean mayStartAfter(String text, int pos) {
        if (pos >= text.length()) {
            return false;
        }
        if (text.charAt(pos) == '+') {
            return true;
        }
        int i = pos;
        while (i < text.length() && i - pos < 3 && WordsBefore.isSpace(text.charAt(i))) {
            i++;
        }
        return i > pos && i < text.length() && "oOaApP".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * When the words before {@code pos} say that the number is an age: the qualifier it carries ("average",
     * "about" or the empty string); otherwise {@code null}.
     */
    static String ageBefore(String text, int pos) {
        WordsBefore.Word last = WordsBefore.before(text, pos, true);
        if (last == null || !AGE_LEAD_INS.contains(last.text().toLowerCase(Locale.ROOT))) {
            return null; // the cheap test first: most numbers do not follow "is", "ages" or "aged"
        }
        Matcher m = AGE_BEFORE.matcher(text);
        m.useTransparentBounds(true);
        m.region(Math.max(0, pos - AGE_WINDOW), pos);
        if (!m.find()) {
            return null;
        }
        if (m.group("q") != null) {
            return CANONICAL.get(m.group("q").toLowerCase(Locale.ROOT));
        }
        return m.group("avg") != null ? AVERAGE : "";
    }
}
