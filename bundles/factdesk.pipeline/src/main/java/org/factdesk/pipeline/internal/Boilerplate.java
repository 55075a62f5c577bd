package org.factdesk.pipeline.internal;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.ExtractedText;
import org.factdesk.api.document.Span;

/**
 * What the pipeline does with the spans a boilerplate detector flags: site chrome is not content, so a sentence
 * inside it is never also reported as a claim, and its blocks are kept out of the search index. With no
 * boilerplate detector installed, nothing is excluded.
 */
final class Boilerplate {
    private Boilerplate() {
    }

    static List<Span> spans(List<Finding> findings) {
        List<Span> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.type().equals(FlagTypes.BOILERPLATE)) {
                out.add(new Span(f.start(), f.end()));
            }
        }
        return out;
    }

    static List<Finding> withoutClaimsInside(List<Finding> findings, List<Span> chrome) {
        if (chrome.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!(f.type().equals(FlagTypes.CLAIM) && inside(new Span(f.start(), f.end()), chrome))) {
                out.add(f);
            }
        }
        return out;
    }

    /** Each content block is a passage: small enough to show as a search answer, large enough for context. */
    static List<Span> contentPassages(ExtractedText text, List<Span> chrome) {
        List<Span> out = new ArrayList<>(text.blocks().size());
        for (Block b : text.blocks()) {
            if (!inside(b.span(), chrome)) {
                out.add(b.span());
            }
        }
        return out;
    }

    private static boolean inside(Span span, List<Span> chrome) {
        for (Span c : chrome) {
            if (c.contains(span)) {
                return true;
            }
        }
        return false;
    }
}
