package org.factdesk.detector.attribution.internal;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.document.Span;

/** Quoted words in a sentence: between “ and ”, or between a pair of straight double quotes. */
final class Quotations {
    private Quotations() {
    }

    /** The quoted spans (without the quotation marks), in order. */
    static List<Span> in(String text, Span sentence) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        boolean straight = false;
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '“' || c == '"')) {
                open = i + 1;
                straight = c == '"';
            } else if (open >= 0 && (straight ? c == '"' : c == '”')) {
                if (i > open) {
                    out.add(new Span(open, i));
                }
                open = -1;
            }
        }
        return out;
    }

    /** The quotation that ends closest before {@code offset}, else the first that starts after it, else null. */
    static Span nearest(List<Span> quotes, int offset) {
        Span before = null;
        for (Span q : quotes) {
            if (q.end() <= offset) {
                before = q;
            } else if (before == null && q.start() >= offset) {
                return q;
            }
        }
        return before;
    }
}
