package org.factdesk.detector.statistic.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text says where its numbers come from: "according to", "a 2022 … report found", "research shows",
 * "data shows", "in a 2023 county survey", "(U.S. Census)", "the … Office identified". A sourced statistic
 * names something an editor can check against, so it ranks higher.
 *
 * <p>The cues of a whole document are found once, by trying a cue form only where one of its first words (or an
 * opening parenthesis) stands; asking whether a sentence has one is then a binary search. Every first word starts
 * one form only, so a frequent word such as "in" is tried against its own form, not against all of them.
 */
final class SourceCues {
    private static final String SP = "[\\s\\u00A0]";
    /** Nouns that are a source when a reporting verb follows: "data shows", "research found". */
    private static final List<String> EVIDENCE = List.of("data", "research", "report", "reports", "study", "studies",
            "survey", "surveys", "census", "statistics", "analysis", "audit", "poll", "records", "estimates", "findings",
            "figures");
    /** Bodies that are a source when a counting verb follows: "the Office identified", "police reported". */
    private static final List<String> BODIES = List.of("office", "department", "dept\\.", "bureau", "agency",
            "task" + SP + "{1,3}force", "police", "sheriff", "center", "centre", "institute", "association", "coalition",
            "university", "commission", "council", "hotline", "FBI", "DOJ");
    private static final List<String> DOCUMENT_LEADS = List.of("in", "from", "by");

    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)according" + SP + "{1,3}to\\b");
    private static final Pattern SOURCE_LABEL = Pattern.compile("(?i)source:");
    private static final Pattern EVIDENCE_VERB = Pattern.compile(
            "(?i)(?:" + String.join("|", EVIDENCE) + ")" + SP + "{1,3}(?:show|shows|showed|shown|found"
                    + "|find|finds|indicate|indicates|indicated|suggest|suggests|suggested|reveal|reveals|revealed"
                    + "|estimate|estimates|estimated|say|says|said|concluded|documented|reported)\\b");
    private static final Pattern BRACKET = Pattern.compile(
            "(?i)\\((?:[^()\\n]{0,60}\\b)?(?:census|survey|report|study|data|bureau|statistics|department"
                    + "|institute|university|BJS|FBI|UNODC|NCMEC|CDC)\\b[^()\\n]{0,60}\\)");
    private static final Pattern IN_A_DOCUMENT = Pattern.compile(
            "(?i)(?:" + String.join("|", DOCUMENT_LEADS) + ")" + SP + "{1,3}(?:a|an|the|its|their|this)" + SP
                    + "{1,3}(?:[\\w’'-]{1,30}" + SP + "{1,3}){0,4}?(?:report|study|survey|census|analysis|audit|poll|review)\\b");
    private static final Pattern BODY_VERB = Pattern.compile(
            "(?i)(?:" + String.join("|", BODIES) + ")" + SP + "{1,3}"
                    + "(?:has" + SP + "{1,3}|have" + SP + "{1,3})?(?:identified|reported|found|estimated|estimates"
                    + "|recorded|counted|documented|reports)\\b");

    /** The cue forms, each with its matcher's place in {@link #in}. */
    private static final List<Pattern> FORMS = List.of(ACCORDING_TO, SOURCE_LABEL, EVIDENCE_VERB, BRACKET, IN_A_DOCUMENT,
            BODY_VERB);
    /** The form each first word starts, as an index into {@link #FORMS}. */
    private static final Map<String, Integer> FORM_BY_FIRST_WORD = formsByFirstWord();
    /** The words a cue can start with. */
    static final Set<String> FIRST_WORD_SET = FORM_BY_FIRST_WORD.keySet();
    private static final int REACH = 200;

    private final int[] starts;
    private final int[] ends;

    private SourceCues(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The source cues of {@code text}. */
    static SourceCues in(String text) {
        return in(text, WordIndex.of(text));
    }

    /**
     * The source cues of {@code text}, tried at the first words and parentheses of its {@link WordIndex}: a cue can
     * begin nowhere else, and one that begins inside the previous cue is not tried, as a walk from that cue's end
     * would not.
     */
    static SourceCues in(String text, WordIndex index) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        Matcher[] matchers = new Matcher[FORMS.size()];
        int n = text.length();
        int reached = 0;
        for (int k = 0; k < index.size(); k++) {
            int i = index.start(k);
            String kind = index.kind(k);
            Integer form = kind == WordIndex.PARENTHESIS ? Integer.valueOf(FORMS.indexOf(BRACKET)) : FORM_BY_FIRST_WORD.get(kind);
            if (i < reached || form == null) {
                continue;
            }
            Matcher m = matcher(matchers, form, text);
            if (m.region(i, Math.min(n, i + REACH)).lookingAt()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = i;
                ends[count] = m.end();
                count++;
                reached = m.end();
            }
        }
        return new SourceCues(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    private static Matcher matcher(Matcher[] matchers, int form, String text) {
        if (matchers[form] == null) {
            matchers[form] = FORMS.get(form).matcher(text).useTransparentBounds(true);
        }
        return matchers[form];
    }

    /** Each form's literal first words, lower case: "dept" for "dept\\.", "task" for "task force". */
    private static Map<String, Integer> formsByFirstWord() {
        Map<String, Integer> byWord = new HashMap<>();
        byWord.put("according", FORMS.indexOf(ACCORDING_TO));
        byWord.put("source", FORMS.indexOf(SOURCE_LABEL));
        EVIDENCE.forEach(noun -> byWord.put(firstWord(noun), FORMS.indexOf(EVIDENCE_VERB)));
        DOCUMENT_LEADS.forEach(lead -> byWord.put(firstWord(lead), FORMS.indexOf(IN_A_DOCUMENT)));
        BODIES.forEach(body -> byWord.put(firstWord(body), FORMS.indexOf(BODY_VERB)));
        return Map.copyOf(byWord);
    }

    private static String firstWord(String alternative) {
        int end = 0;
        while (end < alternative.length() && NumberScanner.isLetter(alternative.charAt(end))) {
            end++;
        }
        return alternative.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** True when a cue lies wholly inside {@code [from, to)}. */
    boolean within(int from, int to) {
        int k = Arrays.binarySearch(starts, from);
        int first = k >= 0 ? k : -k - 1;
        return first < starts.length && ends[first] <= to;
    }
}
