package org.factdesk.detector.attribution.internal;

import java.util.List;

import org.factdesk.api.document.Span;

/**
 * One sentence of the document with its words, and the questions the cue rules ask about them.
 *
 * @param text     the whole document text (offsets of {@code span} and of the tokens refer to it)
 * @param span     the sentence
 * @param tokens   the words of the sentence, in order
 */
record SentenceView(String text, Span span, List<Token> tokens) {
    static SentenceView of(String text, Span span) {
        return new SentenceView(text, span, Tokenizer.tokens(text, span.start(), span.end()));
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String lower(int i) {
        return tokens.get(i).lower();
    }

    /** How many times {@code c} occurs in the sentence, between its words or inside them. */
    int count(char c) {
        int n = 0;
        for (int k = span.start(); k < span.end(); k++) {
            if (text.charAt(k) == c) {
                n++;
            }
        }
        return n;
    }

    /** True when only white space separates word {@code i - 1} from word {@code i}. */
    boolean spacedFromPrevious(int i) {
        if (i <= 0) {
            return false;
        }
        for (int k = tokens.get(i - 1).end(); k < tokens.get(i).start(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The characters between word {@code i - 1} (or the sentence start) and word {@code i}. */
    String gapBefore(int i) {
        int from = i == 0 ? span.start() : tokens.get(i - 1).end();
        return text.substring(from, tokens.get(i).start());
    }

    /** The characters between word {@code i} and word {@code i + 1} (or the sentence end). */
    String gapAfter(int i) {
        int to = i + 1 < tokens.size() ? tokens.get(i + 1).start() : span.end();
        return text.substring(tokens.get(i).end(), to);
    }

    /** The text of words {@code from} to {@code to}, inclusive, as written. */
    String words(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    /** True when word {@code i} opens the sentence, where a capital letter says nothing about being a name. */
    boolean opensSentence(int i) {
        return i == 0 || i == 1 && tokens.get(0).text().matches("\\d{1,2}") && gapBefore(1).contains(".");
    }
}
