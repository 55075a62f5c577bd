package org.factdesk.detector.resource.internal;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.document.Span;
import org.factdesk.support.text.AnchoredScan;

/**
 * Opening hours: "24/7", "24-hour", "24 hours a day", "(24 hours)", "open 24 hours", "around the clock"; days
 * with or without times ("Mon–Fri 9–5", "Monday–Friday, 9 a.m.–5 p.m.", "Tuesday and Thursday, 1–4 p.m.");
 * times with a.m./p.m. ("6 p.m. to midnight"); and the value of an "Hours:" field. The value is the text as written.
 * A bare "24 hours" ("within 24 hours of arrest") is a duration, not hours, and is left out.
 *
 * <p>Thread-safe; bounded patterns.
 */
final class HoursFinder {
    private static final String DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?![a-z])\\.?)";
    private static final String[] DAY_PREFIXES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String TIME = "\\d{1,2}(?::\\d{2})?(?:\\s?(?:a\\.m\\.|p\\.m\\.|am|pm))?";
    private static final String TIME_RANGE = TIME + "\\s?(?:–|-|to)\\s?(?:" + TIME + "|noon|midnight)";
    private static final Pattern ROUND_THE_CLOCK = Pattern.compile(
            "(?i)\\b24/7\\b|\\b24-hours?\\b|\\b24 hours a day(?:, 7 days a week)?|(?<=\\()24 hours(?=\\))|\\bopen 24 hours\\b"
                    + "|\\baround the clock\\b");
    /** Days with a second day or a time: a day name alone ("on Monday, a man ...") is not opening hours. */
    private static final Pattern DAYS = Pattern.compile(
            "\\b" + DAY + "(?:\\s?(?:–|-|—|to|through|thru)\\s?" + DAY + "(?:,?\\s" + TIME_RANGE + ")?"
                    + "|\\s(?:and|&)\\s" + DAY + ",?\\s" + TIME_RANGE + "|,?\\s" + TIME_RANGE + ")(?![\\w])");
    private static final Pattern CLOCK_RANGE = Pattern.compile(
            "(?i)\\b\\d{1,2}(?::\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am|pm)\\s?(?:–|-|to)\\s?(?:\\d{1,2}(?::\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am|pm)|noon|midnight)");
    /** Round-the-clock phrases open with "24", "open" or "around", in any case. */
    private static final AnchoredScan.Starts ROUND_THE_CLOCK_STARTS = AnchoredScan.anyOf("2oOaA");
    /** Day names are capitalized: Monday, Tue., ... */
    private static final AnchoredScan.Starts DAY_STARTS = AnchoredScan.anyOf("MTWFS");
    /** "Hours: ...", "Office hours ...": a labelled value, up to a semicolon, a middle dot, a bar or the line end. */
    private static final Pattern HOURS_FIELD = Pattern.compile(
            "(?i)\\b(?:(?:office|walk-in|clinic|drop-in|business|opening) hours:?|hours:)\\s+([^;·|\\n]{3,80})");

    List<Contact> find(String text, int from, int to) {
        NonOverlapping out = new NonOverlapping(); // an "Hours:" field is not also reported piece by piece
        if (TextScan.containsIgnoreCase(text, from, to, "hours")) {
            Matcher field = HOURS_FIELD.matcher(text).region(from, to);
            while (field.find()) {
                String value = trimmed(field.group(1));
                if (!value.isEmpty() && Character.isLetterOrDigit(value.charAt(0))) {
                    int start = field.start(1);
                    out.add(new Contact(Contact.Kind.HOURS, new Span(start, start + value.length()), value));
                }
            }
        }
        if (TextScan.contains(text, from, to, "24") || TextScan.containsIgnoreCase(text, from, to, "clock")) {
            addAll(ROUND_THE_CLOCK, ROUND_THE_CLOCK_STARTS, text, from, to, out);
        }
        if (hasDayName(text, from, to)) {
            addAll(DAYS, DAY_STARTS, text, from, to, out);
        }
        if (TextScan.hasClockTime(text, from, to)) {
            addAll(CLOCK_RANGE, AnchoredScan.ASCII_DIGIT, text, from, to, out);
        }
        return out.inOrder();
    }

    /** The pattern's matches, tried only where one can begin. */
    private static void addAll(Pattern p, AnchoredScan.Starts starts, String text, int from, int to, NonOverlapping out) {
        for (MatchResult m : AnchoredScan.matches(p, text, from, to, starts)) {
            out.add(new Contact(Contact.Kind.HOURS, new Span(m.start(), m.end()), m.group().replaceAll("\\s+", " ")));
        }
    }

    /** Every day name, full or short, starts with one of these (case as written: "Mon", "Tue", ...). */
    private static boolean hasDayName(String text, int from, int to) {
        for (String prefix : DAY_PREFIXES) {
            if (TextScan.contains(text, from, to, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The value without trailing punctuation, except the period of "a.m." and "p.m.". */
    private static String trimmed(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".,;:".indexOf(t.charAt(t.length() - 1)) >= 0 && !t.endsWith(".m.")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
