package org.factdesk.detector.statistic.internal;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.support.text.LowerCaseWords;

/**
 * Where a text says where its numbers come from: "according to", "a 2022 … report found", "research shows",
 * "data shows", "in a 2023 county survey", "(U.S. Census)", "the … Office identified". A sourced statistic
 * names something an editor can check against, so it ranks higher.
 *
 * <p>The cues of a whole document are found once, by trying the cue pattern only where one of its first words
 * (or an opening parenthesis) stands; asking whether a sentence has one is then a binary search.
 */
final class SourceCues {
    private static final String SP = "[\\s\\u00A0]";
    private static final Pattern CUE = Pattern.compile(
            "(?i)according" + SP + "{1,3}to\\b|source:"
                    + "|(?:data|research|report|reports|study|studies|survey|surveys|census|statistics|analysis"
                    + "|audit|poll|records|estimates|findings|figures)" + SP + "{1,3}(?:show|shows|showed|shown|found"
                    + "|find|finds|indicate|indicates|indicated|suggest|suggests|suggested|reveal|reveals|revealed"
                    + "|estimate|estimates|estimated|say|says|said|concluded|documented|reported)\\b"
                    + "|\\((?:[^()\\n]{0,60}\\b)?(?:census|survey|report|study|data|bureau|statistics|department"
                    + "|institute|university|BJS|FBI|UNODC|NCMEC|CDC)\\b[^()\\n]{0,60}\\)"
                    + "|(?:in|from|by)" + SP + "{1,3}(?:a|an|the|its|their|this)" + SP + "{1,3}(?:[\\w’'-]{1,30}" + SP
                    + "{1,3}){0,4}?(?:report|study|survey|census|analysis|audit|poll|review)\\b"
                    + "|(?:office|department|dept\\.|bureau|agency|task" + SP + "{1,3}force|police|sheriff|center|centre"
                    + "|institute|association|coalition|university|commission|council|hotline|FBI|DOJ)" + SP + "{1,3}"
                    + "(?:has" + SP + "{1,3}|have" + SP + "{1,3})?(?:identified|reported|found|estimated|estimates"
                    + "|recorded|counted|documented|reports)\\b");

    /** The words a cue can start with. */
    private static final LowerCaseWords FIRST_WORDS = LowerCaseWords.of(
            "according", "source", "data", "research", "report", "reports", "study", "studies", "survey", "surveys",
            "census", "statistics", "analysis", "audit", "poll", "records", "estimates", "findings", "figures", "in",
            "from", "by", "office", "department", "dept", "bureau", "agency", "task", "police", "sheriff", "center",
            "centre", "institute", "association", "coalition", "university", "commission", "council", "hotline",
            "fbi", "doj");
    private static final int LONGEST_WORD = 11; // "association"
    private static final int REACH = 200;

    private final int[] starts;
    private final int[] ends;

    private SourceCues(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The source cues of {@code text}. */
    static SourceCues in(String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        Matcher m = CUE.matcher(text).useTransparentBounds(true);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int next = i + 1;
            boolean candidate = c == '(';
            if (NumberScanner.isLetter(c)) {
                next = i;
                while (next < n && NumberScanner.isLetter(text.charAt(next))) {
                    next++;
                }
                candidate = next - i <= LONGEST_WORD && FIRST_WORDS.contains(text, i, next);
            }
            if (candidate && m.region(i, Math.min(n, i + REACH)).lookingAt()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = i;
                ends[count] = m.end();
                count++;
                next = Math.max(next, m.end());
            }
            i = next;
        }
        return new SourceCues(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** True when a cue lies wholly inside {@code [from, to)}. */
    boolean within(int from, int to) {
        int k = Arrays.binarySearch(starts, from);
        int first = k >= 0 ? k : -k - 1;
        return first < starts.length && ends[first] <= to;
    }
}
