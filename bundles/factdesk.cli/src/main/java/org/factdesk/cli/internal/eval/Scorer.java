package org.factdesk.cli.internal.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.factdesk.api.detect.Flag;

/**
 * Scores flags against annotations, per flag type. A flag matches an annotation when document and type are equal
 * and the surface texts overlap (one contains the other); each annotation and each flag matches at most once,
 * annotations taken in the order of their occurrence. Precision counts only flags of a type in documents whose
 * annotations cover that type. A matched flag's normalization is right when it equals the annotated one.
 */
public final class Scorer {
    /** The figures of one flag type. */
    public record Score(String type, int expected, int predicted, int matched, int normalizedChecked, int normalizedRight) {
        public double precision() {
            return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) matched / predicted;
        }

        public double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Flags that no annotation explains, and annotations no flag found, for the report. */
    public record Misses(List<Flag> falsePositives, List<Annotations.Expected> falseNegatives) {
    }

    private final Map<String, Score> scores = new TreeMap<>();
    private final List<Flag> falsePositives = new ArrayList<>();
    private final List<Annotations.Expected> falseNegatives = new ArrayList<>();

    public Map<String, Score> scores() {
        return scores;
    }

    public Misses misses() {
        return new Misses(falsePositives, falseNegatives);
    }

    public static Scorer score(Annotations annotations, List<Flag> flags) {
        Scorer s = new Scorer();
        Map<String, int[]> counts = new TreeMap<>(); // expected, predicted, matched, normChecked, normRight
        for (Map.Entry<String, Set<String>> c : annotations.coverage().entrySet()) {
            for (String type : c.getValue()) {
                s.scoreDocument(c.getKey(), type, annotations, flags, counts.computeIfAbsent(type, t -> new int[5]));
            }
        }
        counts.forEach((type, n) -> s.scores.put(type, new Score(type, n[0], n[1], n[2], n[3], n[4])));
        return s;
    }

    private void scoreDocument(String doc, String type, Annotations annotations, List<Flag> flags, int[] n) {
        List<Annotations.Expected> expected = annotations.expected().stream()
                .filter(e -> e.doc().equals(doc) && e.type().equals(type))
                .sorted(Comparator.comparingInt(Annotations.Expected::occurrence)).toList();
        List<Flag> predicted = flags.stream().filter(f -> f.doc().equals(doc) && f.type().equals(type))
                .sorted(Comparator.comparingInt(Flag::start)).toList();
        boolean[] used = new boolean[predicted.size()];
        n[0] += expected.size();
        n[1] += predicted.size();
        for (Annotations.Expected e : expected) {
            int skip = e.occurrence() - 1;
            int found = -1;
            for (int i = 0; i < predicted.size(); i++) {
                Flag f = predicted.get(i);
                if (!used[i] && (f.text().contains(e.text()) || e.text().contains(f.text()))) {
                    if (skip-- > 0) {
                        continue;
                    }
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                for (int i = 0; i < predicted.size() && found < 0; i++) { // occurrence counted differently: any free one
                    Flag f = predicted.get(i);
                    if (!used[i] && (f.text().contains(e.text()) || e.text().contains(f.text()))) {
                        found = i;
                    }
                }
            }
            if (found < 0) {
                falseNegatives.add(e);
                continue;
            }
            used[found] = true;
            n[2]++;
            if (!e.normalized().isEmpty()) {
                n[3]++;
                if (e.normalized().equals(predicted.get(found).normalized())) {
                    n[4]++;
                }
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                falsePositives.add(predicted.get(i));
            }
        }
    }
}
