package org.factdesk.detector.statistic.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Numbers that are names, not quantities, told apart by what comes right before them: road and route numbers
 * ("Highway 12", "I-94", "Route 6"), statute and section numbers ("§53a-82", "statutes 609.321"), labels
 * ("Level 3", "Chapter 5", "No. 4"), dates ("Jan 16"), the parts of phone numbers, codes and fractions
 * ("888-373-7888", "24/7"), and numbers glued to letters ("COVID19", "T-1"). What follows a number is judged
 * elsewhere: a number is only a statistic when a unit follows it, which rules out street addresses, list
 * numbering, short codes and version numbers ("2.0") without a rule of their own.
 */
final class NotAStatistic {
    private static final int WINDOW = 24;

    /** Words that name the number after them: "Highway 12", "Level 3", "Chapter 5", "statutes 609.321". */
    private static final Set<String> LABELS = Set.of(
            "highway", "hwy", "route", "rte", "interstate", "exit", "suite", "ste", "room", "rm", "apt", "apartment",
            "unit", "box", "floor", "channel", "number", "chapter", "chap", "section", "sections", "sec", "secs", "title",
            "part", "article", "step", "phase", "level", "tier", "class", "grade", "question", "item", "page", "pages",
            "version", "ver", "rule", "subd", "subdivision", "stat", "stats", "statute", "statutes", "code", "law", "act",
            "bill", "hf", "sf", "hb", "sb", "ab", "docket", "district", "ward", "precinct", "station", "zone", "module",
            "lesson", "episode", "figure", "table", "appendix", "volume", "verse");
    /** Abbreviations that are labels only with their period: "No. 4", "p. 12", "ch. 609". */
    private static final Set<String> ABBREVIATED_LABELS = Set.of(
            "no.", "nos.", "ch.", "art.", "p.", "pp.", "fig.", "vol.", "para.");
    /** Capitalized month names: "may" and "march" in lower case are usually verbs. */
    private static final Set<String> MONTHS = Set.of(
            "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July",
            "Aug", "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December");

    private NotAStatistic() {
    }

    /** True when what precedes the number at {@code start} makes it a name, a code or part of another number. */
    static boolean byWhatPrecedes(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        char beforeThat = start >= 2 ? text.charAt(start - 2) : ' ';
        if (Character.isLetter(before) || "§¶#/:\\".indexOf(before) >= 0) {
            return true; // "COVID19", "§53", "#4", "24/7", "10:30"
        }
        if ((before == '-' || before == '–' || before == '.') && Character.isLetterOrDigit(beforeThat)) {
            return true; // "I-94", "53a-82", "888-373-7888", "v.2"
        }
        if (isSectionSign(text, start)) {
            return true; // "§ 609.321"
        }
        WordsBefore.Word word = WordsBefore.before(text, start, true);
        if (word == null) {
            return false;
        }
        String lower = word.text().toLowerCase(Locale.ROOT);
        String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        String month = word.text().endsWith(".") ? word.text().substring(0, word.text().length() - 1) : word.text();
        return LABELS.contains(bare) || ABBREVIATED_LABELS.contains(lower) || MONTHS.contains(month);
    }

    /**
     * True when the number that ends at {@code end} runs on into another number or a code: "888-373-…", "24/7",
     * "1.2.3", "10:30", "7a", "3rd". A number followed by one of these is not a quantity with a unit.
     */
    static boolean byWhatFollows(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char after = text.charAt(end);
        char afterThat = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
        return "-–/:.".indexOf(after) >= 0 && NumberScanner.isDigit(afterThat);
    }

    /**
     * True when the number sits inside a proper name, between two capitalized words: "Minneapolis 14 Government
     * TV", "Studio 54 Club". Such a number is part of the name, not a count of what the next word names.
     */
    static boolean insideName(String text, int start, int end) {
        boolean capitalizedBefore = start >= 2 && text.charAt(start - 1) == ' '
                && Character.isUpperCase(firstLetterOfWordBefore(text, start - 1));
        return capitalizedBefore && end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    /** The first letter of the word that ends at {@code pos}, or a space when there is no short word there. */
    private static char firstLetterOfWordBefore(String text, int pos) {
        int i = pos - 1;
        if (i < 0 || !Character.isLetter(text.charAt(i))) {
            return ' ';
        }
        int limit = Math.max(0, pos - WINDOW);
        while (i > limit && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.charAt(i);
    }

    /** "§ 53", "¶ 4", "# 3": a sign before the white space in front of the number. */
    private static boolean isSectionSign(String text, int start) {
        int i = start;
        while (i > 0 && start - i < 3 && WordsBefore.isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && i < start && "§¶#".indexOf(text.charAt(i - 1)) >= 0;
    }
}
