package org.factdesk.review.journal.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.review.Decision;

/**
 * Re-attaches earlier decisions to the current flags after documents changed, the way annotation tools re-anchor
 * (quote first, then the text around it): a decision stays with the flag of the same id; when that id is gone
 * (the quote's occurrence moved), it goes to a flag of the same document and type with the same quote, preferring
 * the one whose sentence is most alike; failing that, to the flag whose sentence is at least
 * {@value #FUZZY_THRESHOLD} alike (by word overlap); otherwise the decision is an orphan, listed for a person.
 * Whether the claim itself changed is for the caller to judge, by comparing sentences.
 */
final class Anchoring {
    static final double FUZZY_THRESHOLD = 0.6;

    /** The result: decisions (oldest first) per current flag id, and the decisions that lost their claim. */
    record Result(Map<String, List<Decision>> byFlag, List<Decision> orphans) {
    }

    private Anchoring() {
    }

    static Result attach(List<Flag> flags, List<Decision> decisions) {
        Map<String, Flag> byId = new HashMap<>();
        for (Flag f : flags) {
            byId.put(f.id(), f);
        }
        Map<String, List<Decision>> byOriginal = new LinkedHashMap<>();
        for (Decision d : decisions) {
            byOriginal.computeIfAbsent(d.flagId(), k -> new ArrayList<>()).add(d);
        }
        Map<String, List<Decision>> attached = new HashMap<>();
        List<Decision> orphans = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        List<Map.Entry<String, List<Decision>>> moved = new ArrayList<>();
        for (Map.Entry<String, List<Decision>> e : byOriginal.entrySet()) {
            if (byId.containsKey(e.getKey())) {
                attached.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
                taken.add(e.getKey());
            } else {
                moved.add(e);
            }
        }
        for (Map.Entry<String, List<Decision>> e : moved) {
            Decision latest = e.getValue().get(e.getValue().size() - 1);
            Flag target = find(flags, latest, taken);
            if (target == null) {
                orphans.addAll(e.getValue());
            } else {
                taken.add(target.id());
                List<Decision> list = attached.computeIfAbsent(target.id(), k -> new ArrayList<>());
                list.addAll(e.getValue());
                list.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
            }
        }
        return new Result(attached, orphans);
    }

    private static Flag find(List<Flag> flags, Decision d, Set<String> taken) {
        Flag best = null;
        double bestScore = -1;
        for (Flag f : flags) {
            if (taken.contains(f.id()) || !f.doc().equals(d.doc()) || !f.type().equals(d.type())) {
                continue;
            }
            double score = similarity(f.context(), d.context()) + (f.text().equals(d.quote()) ? 1.0 : 0.0);
            boolean acceptable = f.text().equals(d.quote()) || similarity(f.context(), d.context()) >= FUZZY_THRESHOLD;
            if (acceptable && score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }

    /** Dice coefficient of the two sentences' word sets: 1 for the same words, 0 for none shared. */
    static double similarity(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() && wb.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (wa.size() + wb.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
