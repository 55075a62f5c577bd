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
    private static final LowerCaseWords FIRST_WORDS = LowerCaseWords.of("earlier", "later", "last", "next", "this", "past", "coming",
            "today", "yesterday", "tomorrow", "recently", "in", "on", "recent");
    /** Longer than any phrase: "recent state legislative amendments". */
    private static final int WINDOW = 80;
    private static final int LONGEST_FIRST_WORD = 9;

    List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = RELATIVE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordStart && end - i <= LONGEST_FIRST_WORD
                    && FIRST_WORDS.contains(text, i, end)
                    && m.region(i, Math.min(n, i + WINDOW)).lookingAt()) {
                out.add(new Span(m.start(), m.end()));
                end = m.end();
            }
            i = end;
        }
        return out;
    }
}
