package org.factdesk.detector.citation.internal;

import java.util.regex.MatchResult;

/** Regular-expression pieces shared by the citation patterns, and small helpers for reading their groups. */
final class Fragments {
    /**
     * White space, including the no-break space web pages put between "§" and the number. Patterns repeat it
     * at most three times: an unbounded run next to another optional run would backtrack quadratically on
     * long stretches of white space.
     */
    static final String SP = "[\\s\\u00A0]";
    /** Optional white space between the parts of a citation. */
    static final String GAP = SP + "{0,3}";
    /** Required white space between two words. */
    static final String SPACE = SP + "{1,3}";
    /** "§", "§§", "section", "sections", "sec.", "Sec", "secs." */
    static final String SECTION_WORD = "(?:§§?|[Ss]ections?|[Ss]ecs?\\.?)";
    /** The joiner of a range: "-", "–", "to", "through". */
    static final String RANGE_JOINER = GAP + "(?:-|–|—|to|through)" + GAP;
    /** A number is over when no digit, and no decimal point followed by a digit, comes next. */
    static final String NUMBER_END = "(?!\\d|\\.\\d)";
    /** Subsections in parentheses: "(a)(1)", "(1m)". */
    static final String SUBSECTIONS = "(?<sub>(?:" + SP + "?\\([A-Za-z0-9]{1,4}\\)){0,5})";

    private Fragments() {
    }

    /**
     * Whether every match of these alternatives ("ORS|Or(?:egon|\\.) Rev...") begins with a capital ASCII letter:
     * each alternative outside parentheses starts with one, and no quantifier makes it optional. When unsure (an
     * alternative that starts with a group, a class or an escape) the answer is no, which costs only speed.
     */
    static boolean beginsWithCapital(String alternatives) {
        int depth = 0;
        boolean atStart = true;
        for (int i = 0; i < alternatives.length(); i++) {
            char c = alternatives.charAt(i);
            if (atStart) {
                char next = i + 1 < alternatives.length() ? alternatives.charAt(i + 1) : '\0';
                if (c < 'A' || c > 'Z' || next == '?' || next == '*' || next == '{') {
                    return false;
                }
                atStart = false;
            } else if (c == '\\') {
                i++;
            } else if (c == '[') {
                return false; // a class could hide a bracket or a bar
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                atStart = true;
            }
        }
        return !atStart;
    }

    /** The subsections as one canonical string without spaces ("(a)(1)"), or {@code null} when there are none. */
    static String subsections(MatchResult m) {
        String sub = m.group("sub");
        return sub == null || sub.isEmpty() ? null : sub.replaceAll("[\\s\\u00A0]", "");
    }

    /** "§ 609.321" or "§§ 609.321–609.324". */
    static String sections(String first, String last) {
        return last == null ? "§ " + first : "§§ " + first + "–" + last;
    }

    /**
     * The last section of a range written short: "609.321-324" ends at "609.324", "53a-82 to 89" at "53a-89".
     * {@code separator} is what divides chapter from section ('.' or '-').
     */
    static String completeRangeEnd(String first, String last, char separator) {
        if (last.indexOf(separator) >= 0) {
            return last;
        }
        int cut = first.lastIndexOf(separator);
        return cut < 0 ? last : first.substring(0, cut + 1) + last;
    }

    /** True when the range end comes after its start: by chapter, then by section number. */
    static boolean ascending(String first, String last) {
        long[] a = chapterAndNumber(first);
        long[] b = chapterAndNumber(last);
        return b[0] > a[0] || b[0] == a[0] && b[1] > a[1];
    }

    private static long[] chapterAndNumber(String section) {
        int cut = Math.max(section.lastIndexOf('.'), section.lastIndexOf('-'));
        return new long[] {cut < 0 ? 0 : leadingNumber(section.substring(0, cut)), leadingNumber(section.substring(cut + 1))};
    }

    private static long leadingNumber(String s) {
        long n = 0;
        for (int i = 0; i < s.length() && i < 9 && Character.isDigit(s.charAt(i)); i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
