package org.factdesk.detector.stale.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.support.text.AsciiChars;
import org.factdesk.support.text.LowerCaseWords;

/**
 * Finds dates in English text: "Jan 16, 2013", "January 16th 2013", "16 January 2013", "March 2019",
 * "2013-01-16", "2013-01", "01/16/2013", "06/2019" and bare years 1900 to 2099.
 *
 * <p>A four-digit number is only a year when it reads like one: not glued to other digits or number
 * punctuation ("$2000", "612-673-2000", "609.2013", "2019-2020"), not followed by "%", and led in by a word
 * that takes a year ("in", "by", "since", "until", "as of", "of", "the", "a", "fiscal", "Updated" ...), an
 * opening bracket or quote, or the start of a line, sentence or clause. "Over 2000 victims" is a count, not a
 * year.
 */
final class DateFinder {
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String YEAR = "(?:19|20)\\d{2}";

    private static final Pattern DATE = Pattern.compile(
            "(?<![\\w$£€#§./-])(?:"
                    + "(?<isoY>" + YEAR + ")-(?<isoM>\\d{2})(?:-(?<isoD>\\d{2}))?"
                    + "|(?<mdyM>" + MONTH + ")\\s{1,3}(?<mdyD>\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(?<mdyY>" + YEAR + ")"
                    + "|(?<dmyD>\\d{1,2})\\s{1,3}(?<dmyM>" + MONTH + "),?\\s{1,3}(?<dmyY>" + YEAR + ")"
                    + "|(?<myM>" + MONTH + "),?\\s{1,3}(?<myY>" + YEAR + ")"
                    + "|(?<numM>\\d{1,2})/(?<numD>\\d{1,2})/(?<numY>" + YEAR + ")"
                    + "|(?<nmyM>\\d{1,2})/(?<nmyY>" + YEAR + ")"
                    + "|(?<y>" + YEAR + ")"
                    + ")(?![\\w%]|[.,/-]\\d)");

    /** Words after which a bare four-digit number is a year ("in 2013", "as of 2020", "the 2022 report"). */
    private static final Set<String> YEAR_LEAD_WORDS = Set.of("in", "by", "since", "until", "till", "before", "after",
            "during", "through", "throughout", "from", "of", "the", "a", "an", "early", "late", "mid", "fiscal", "year",
            "circa", "and", "or", "to", "spring", "summer", "fall", "autumn", "winter", "published", "posted", "updated",
            "reviewed", "revised", "modified", "rev", "fy");
    /** Characters after which a bare year starts a line, a sentence, a clause or a bracket: "(2019)", "Rev. 2019". */
    private static final String YEAR_LEAD_MARKS = "\n([“\".!?:;";

    /** Longer than any date form: "September 16th,   2013". */
    private static final int WINDOW = 40;

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final LowerCaseWords MONTH_PREFIXES = LowerCaseWords.of(MONTHS);

    List<DateMention> find(String text) {
        return find(text, StaleStarts.in(text).dates());
    }

    /**
     * The dates of {@code text}, trying the pattern only at {@code starts}: every position, ascending, where
     * {@link #canStartDate} holds (see {@link StaleStarts}). Trying a long alternation at every character of a 50 MB
     * text costs seconds. A position inside the previous date is not tried, as a scan from that date's end would not.
     */
    List<DateMention> find(String text, int[] starts) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int reached = 0;
        for (int i : starts) {
            if (i >= reached && m.region(i, Math.min(n, i + WINDOW)).lookingAt()) {
                PartialDate date = parse(m);
                if (date != null && (m.group("y") == null || ledInAsYear(text, m.start()))) {
                    out.add(new DateMention(m.start(), m.end(), date));
                }
                reached = m.end();
            }
        }
        return out;
    }

    /**
     * A cheap test before the pattern: at a word start, a month's first three letters, a four-digit run
     * starting 19 or 20, or a one- or two-digit run (a day or a month) followed by "/" or white space. Only a position
     * that is not preceded by a letter or digit and holds an ASCII digit or one of "JFMASOND" can pass.
     */
    static boolean canStartDate(String text, int i) {
        char c = text.charAt(i);
        boolean digit = c >= '0' && c <= '9';
        if (!digit && !isMonthInitial(c) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        if (digit) {
            int end = i;
            while (end < text.length() && end - i < 5 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            int digits = end - i;
            if (digits <= 2) {
                // only "16 January 2013", "01/16/2013" and "06/2019" start with a day or month: a page's other
                // small numbers ("3.5", "12-14", "7,") are no date
                return end < text.length() && (text.charAt(end) == '/' || AsciiChars.isRegexSpace(text.charAt(end)));
            }
            return digits == 4 && (text.startsWith("19", i) || text.startsWith("20", i));
        }
        return i + 3 <= text.length() && MONTH_PREFIXES.contains(text, i, i + 3);
    }

    /** One of "JFMASOND", without a string search: this runs at every character of the text. */
    private static boolean isMonthInitial(char c) {
        return switch (c) {
            case 'J', 'F', 'M', 'A', 'S', 'O', 'N', 'D' -> true;
            default -> false;
        };
    }

    /** The pattern's {@code \\s}: ASCII white space only. */
    private static boolean ledInAsYear(String text, int start) {
        String before = Nearby.tokenBefore(text, start);
        if (before.isEmpty()) {
            return true;
        }
        if (before.length() == 1 && !Character.isLetter(before.charAt(0))) {
            return YEAR_LEAD_MARKS.indexOf(before.charAt(0)) >= 0;
        }
        return YEAR_LEAD_WORDS.contains(before);
    }

    private static PartialDate parse(Matcher m) {
        if (m.group("isoY") != null) {
            if (!numericMonth(m, "isoM")) {
                return null;
            }
            return m.group("isoD") == null ? PartialDate.of(num(m, "isoY"), num(m, "isoM"), 0)
                    : day(num(m, "isoY"), num(m, "isoM"), num(m, "isoD"));
        }
        if (m.group("mdyY") != null) {
            return day(num(m, "mdyY"), month(m.group("mdyM")), num(m, "mdyD"));
        }
        if (m.group("dmyY") != null) {
            return day(num(m, "dmyY"), month(m.group("dmyM")), num(m, "dmyD"));
        }
        if (m.group("myY") != null) {
            return PartialDate.of(num(m, "myY"), month(m.group("myM")), 0);
        }
        if (m.group("numY") != null) {
            return numericMonth(m, "numM") ? day(num(m, "numY"), num(m, "numM"), num(m, "numD")) : null;
        }
        if (m.group("nmyY") != null) {
            return numericMonth(m, "nmyM") ? PartialDate.of(num(m, "nmyY"), num(m, "nmyM"), 0) : null;
        }
        return PartialDate.of(num(m, "y"), 0, 0);
    }

    /** A date written to the day; day 0 would read as "day unknown", so it is no date. */
    private static PartialDate day(int year, int month, int day) {
        return day >= 1 ? PartialDate.of(year, month, day) : null;
    }

    /** Month 0 would read as "year only"; in a numeric date it is a typo or not a date at all. */
    private static boolean numericMonth(Matcher m, String group) {
        return num(m, group) >= 1;
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("not a month: " + name);
    }
}
