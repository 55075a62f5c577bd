package org.factdesk.pipeline.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.Flag;
import org.factdesk.api.document.Span;

/**
 * Turns a document's findings into flags: adds the surface text, the sentence as context, and a stable id.
 *
 * <p>The id hashes the document path, the flag type, the surface text and which occurrence of that text (of
 * that type, in that document) it is. It does not depend on offsets, so an edit elsewhere in the document
 * leaves the ids of unchanged flags alone.
 */
final class FlagFactory {
    static final int MAX_CONTEXT = 600;

    private FlagFactory() {
    }

    static List<Flag> flags(AnalyzedDocument doc, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::type).thenComparing(Finding::normalized));
        Map<String, Integer> occurrences = new HashMap<>();
        List<Flag> flags = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            String text = doc.text().substring(f.start(), f.end());
            String key = f.type() + '\u0000' + text;
            int occurrence = occurrences.merge(key, 1, Integer::sum);
            flags.add(new Flag(id(doc.path(), f.type(), text, occurrence), doc.path(), f.type(), f.start(), f.end(),
                    text, same(f.normalized(), text), same(context(doc, f), text), Flag.OPEN, round(f.priority()),
                    atVersionZero(f.attributes())));
        }
        return flags;
    }

    private static Map<String, String> atVersionZero(Map<String, String> attributes) {
        Map<String, String> a = new TreeMap<>(attributes);
        a.put(Flag.VERSION, "0"); // born open at version 0 (see Flag.VERSION)
        return a;
    }

    static String id(String path, String type, String text, int occurrence) {
        return Flag.stableId(path, type, text, occurrence);
    }

    /** The sentence (or sentences) the finding lies in, cut to a readable length around it. */
    private static String context(AnalyzedDocument doc, Finding f) {
        Span first = doc.sentenceAt(f.start());
        Span last = doc.sentenceAt(Math.max(f.start(), f.end() - 1));
        int start = Math.min(first.start(), f.start());
        int end = Math.max(last.end(), f.end());
        if (end - start > MAX_CONTEXT) {
            start = Math.max(start, f.start() - MAX_CONTEXT / 2);
            end = Math.min(end, Math.max(f.end(), start + MAX_CONTEXT));
        }
        return doc.text().substring(start, end);
    }

    /**
     * {@code text} itself when {@code value} equals it: a claim's context and normalized form are usually its own
     * sentence, and a corpus holds a hundred thousand flags until the corpus stages have run.
     */
    private static String same(String value, String text) {
        return value.equals(text) ? text : value;
    }

    private static double round(double priority) {
        return Math.round(priority * 1000.0) / 1000.0;
    }
}
