package org.factdesk.support.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factdesk.api.document.Block;
import org.factdesk.api.document.Span;

/**
 * Cuts the blocks of a document into sentences. A sentence never crosses a block boundary. A sentence ends at
 * {@code . ! ?} (with closing quotes or brackets) followed by white space and a capital, digit or opening quote,
 * unless the word before the period is a known abbreviation ({@code Minn. Stat.}, {@code U.S.}, {@code Jan.}).
 * Rule-based on purpose: it is fast, deterministic and good enough for legal and resource pages.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "sr", "jr", "prof", "gen", "gov", "sen", "rep", "hon", "rev",
            "lt", "sgt", "det", "capt", "cpl", "ofc", "insp", "supt", "atty", "asst",
            "minn", "stat", "conn", "gen. stat", "subd", "sec", "ch", "no", "nos", "art", "para", "vol", "p", "pp",
            "u.s", "u.s.c", "c.f.r", "e.g", "i.e", "etc", "vs", "v", "inc", "co", "corp", "ltd", "dept", "ave",
            "blvd", "rd", "mt", "ft", "approx", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "ph.d", "n.w", "n.e", "s.w", "s.e", "tel", "ext");

    private SentenceSplitter() {
    }

    /** Sentences of all blocks, in text order. */
    public static List<Span> split(String text, List<Block> blocks) {
        List<Span> out = new ArrayList<>();
        for (Block b : blocks) {
            splitRange(text, b.span().start(), b.span().end(), out);
        }
        return out;
    }

    /** Sentences of {@code text[from, to)}, appended to {@code out}. */
    public static void splitRange(String text, int from, int to, List<Span> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end))) {
                    end++;
                }
                if (end >= to) {
                    break;
                }
                if (Character.isWhitespace(text.charAt(end)) && startsSentence(text, end, to)
                        && !(c == '.' && isAbbreviation(text, start, i))) {
                    addTrimmed(text, start, end, out);
                    start = skipSpace(text, end, to);
                    i = start;
                    continue;
                }
            }
            i++;
        }
        addTrimmed(text, start, to, out);
    }

    private static boolean startsSentence(String text, int from, int to) {
        int j = skipSpace(text, from, to);
        if (j >= to) {
            return false;
        }
        char n = text.charAt(j);
        return Character.isUpperCase(n) || Character.isDigit(n) || n == '"' || n == '“' || n == '\'' || n == '‘'
                || n == '(' || n == '[' || n == '•' || n == '$';
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int period) {
        int w = period;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, period).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        return ABBREVIATIONS.contains(word);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '\'' || c == '’' || c == ')' || c == ']';
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        int s = skipSpace(text, start, end);
        int e = end;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }
}
