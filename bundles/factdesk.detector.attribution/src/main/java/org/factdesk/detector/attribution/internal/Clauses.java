package org.factdesk.detector.attribution.internal;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.document.Span;

/**
 * Where a sentence falls into clauses that can carry claims of their own: at a semicolon, at a colon, and before
 * "while", "whereas", "but", "although", "though" and "yet" after a comma. "Police data shows 62% ..., while local
 * businesses attribute 30% ... according to Downtown Willimantic Association surveys" has two clauses with two
 * sources. Commas alone do not separate clauses here: they separate list items and asides far more often.
 */
final class Clauses {
    private static final String[] CONJUNCTIONS = {", while ", ", whereas ", ", but ", ", although ", ", though ", ", yet "};
    private static final String[] WITH_AND = {", while ", ", whereas ", ", but ", ", although ", ", though ", ", yet ", ", and "};

    private Clauses() {
    }

    /** Separator spans inside the sentence, in order: the clause before ends at a start, the next begins at an end. */
    static List<Span> separators(String text, Span sentence) {
        return separators(text, sentence, CONJUNCTIONS);
    }

    /**
     * Separators for a sentence that credits two sources: ", and" then separates clauses too ("the network
     * reported serving 214 people, and staff estimated that 41% ...").
     */
    static List<Span> separatorsBetweenSources(String text, Span sentence) {
        return separators(text, sentence, WITH_AND);
    }

    private static List<Span> separators(String text, Span sentence, String[] conjunctions) {
        List<Span> out = new ArrayList<>();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ':' && i + 1 < sentence.end() && text.charAt(i + 1) == ' ') {
                out.add(new Span(i, i + 1));
            } else if (c == ',') {
                for (String conjunction : conjunctions) {
                    if (text.startsWith(conjunction, i) && i + conjunction.length() <= sentence.end()) {
                        out.add(new Span(i, i + conjunction.length()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The start of the clause that holds {@code offset}. */
    static int clauseStart(List<Span> separators, Span sentence, int offset) {
        int start = sentence.start();
        for (Span sep : separators) {
            if (sep.end() <= offset) {
                start = sep.end();
            }
        }
        return start;
    }

    /** True when only clause-ending punctuation or nothing follows {@code offset} up to the sentence end or a separator. */
    static boolean endsClause(String text, List<Span> separators, Span sentence, int offset) {
        for (Span sep : separators) {
            if (sep.start() == offset) {
                return true;
            }
        }
        int i = offset;
        while (i < sentence.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= sentence.end()) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
    }
}
