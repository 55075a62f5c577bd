package org.factdesk.detector.stale.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.document.Span;
import org.factdesk.support.text.LowerCaseWords;

/**
 * Finds phrases whose meaning depends on when the page was written: "last year", "next week", "this
 * session", "today", "on Monday", "recently", "in recent years" and "recent" before a word for data, law or
 * events ("recent statistics", "Recent state reforms"). "recent immigrants" is a description, not a time.
 *
 * <p>The pattern is only tried at words that can start a phrase ({@link #FIRST_WORDS}), so a 50 MB text is
 * scanned once instead of trying an alternation at every character. The words are compared in place
 * ({@link LowerCaseWords}), so the many words that start no phrase cost no string.
 */
final class RelativePhrases {
    private static final String PERIOD = "(?:week|weekend|month|year|spring|summer|fall|autumn|winter|session|quarter)";
    private static final String DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NEWS = "(?:statistics|data|reports?|studies|study|surveys?|reforms?|changes?|legislation"
            + "|laws?|amendments?|estimates?|figures|numbers|research|cases|events|trends|efforts|developments|years"
            + "|months|weeks|arrests|operations|stings|rulings?|decisions?|increases?|declines?|spikes?)";

    private static final Pattern RELATIVE = Pattern.compile("(?i)(?:"
            + "(?:(?:earlier|later) this|last|next|this|past|coming) " + PERIOD
            + "|today|yesterday|tomorrow|recently|in recent " + PERIOD + "s"
            + "|(?:on|last|next|this) " + DAY
            + "|recent (?:[a-z]+ ){0,2}?" + NEWS
            + ")\\b");
    /** The words a phrase can start with. */
    static final List<String> FIRST_WORD_LIST = List.of("earlier", "later", "last", "next", "this", "past", "coming",
            "today", "yesterday", "tomorrow", "recently", "in", "on", "recent");
    private static final LowerCaseWords FIRST_WORDS = LowerCaseWords.of(FIRST_WORD_LIST);
    /** Longer than any phrase: "recent state legislative amendments". */
    private static final int WINDOW = 80;
    private static final int LONGEST_FIRST_WORD = 9;

    List<Span> find(String text) {
        return find(text, StaleStarts.in(text).phrases());
    }

    /**
     * The phrases of {@code text}, trying the pattern only at {@code starts}: every position, ascending, where
     * {@link #canStart} holds (see {@link StaleStarts}). A position inside the previous phrase is not tried, as a scan
     * from that phrase's end would not.
     */
    List<Span> find(String text, int[] starts) {
        List<Span> out = new ArrayList<>();
        Matcher m = RELATIVE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int reached = 0;
        for (int i : starts) {
            if (i >= reached && m.region(i, Math.min(n, i + WINDOW)).lookingAt()) {
                out.add(new Span(m.start(), m.end()));
                reached = m.end();
            }
        }
        return out;
    }

    /**
     * Whether a phrase is worth trying at {@code i}: a word (a run of letters) starts there, not glued to a letter or
     * digit before it, and it is one of {@link #FIRST_WORDS}.
     */
    static boolean canStart(String text, int i) {
        if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        int n = text.length();
        int end = i;
        while (end < n && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end - i <= LONGEST_FIRST_WORD && FIRST_WORDS.contains(text, i, end);
    }
}
