package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.evidence.Assessment;
import org.factdesk.api.evidence.Evidence;

/**
 * Finds where the corpus disagrees with itself or with the registry, and makes a {@code conflict} flag on the
 * span of each flag involved:
 * <ul>
 * <li>{@code registry}: a phone number the registry contradicts (e.g. 233722 where the registry has 233733 for
 * texting HELP to the National Human Trafficking Hotline);</li>
 * <li>{@code pattern}: in a sentence listing three or more numbers of one area code, the one whose exchange is a
 * typo of the others' (612-637-2800 among 612-673-xxxx);</li>
 * <li>{@code value}: two statistics about the same quantity (the same words around the number) with different
 * values ("average age of entry ... is 14" and "... is 12-14 years old");</li>
 * <li>{@code entity-numbers}/{@code number-entities}: one organization with two numbers on one channel, or one
 * number given to two organizations (when the phone flags carry their {@code entity}).</li>
 * </ul>
 * Conflicts are for an editor to resolve; none is resolved automatically.
 */
final class ConflictFinder {
    static final double SAME_QUANTITY = 0.6;
    static final int MIN_SHARED_WORDS = 3;

    private final List<Flag> conflicts = new ArrayList<>();
    private final Map<String, Integer> occurrences = new HashMap<>();

    private ConflictFinder() {
    }

    static List<Flag> find(List<Flag> flags, ReferenceRegistry registry) {
        return find(flags, registry, Map.of());
    }

    /**
     * @param states the state each document is about (from the corpus manifest); two statistics from documents
     *               about different states are about different laws and services, so never the same quantity
     */
    static List<Flag> find(List<Flag> flags, ReferenceRegistry registry, Map<String, String> states) {
        ConflictFinder f = new ConflictFinder();
        f.registryMismatches(flags, registry);
        f.patternBreaks(flags);
        f.valueDifferences(flags, states);
        f.entityNumberMismatches(flags);
        return f.conflicts;
    }

    private void registryMismatches(List<Flag> flags, ReferenceRegistry registry) {
        for (Flag f : flags) {
            for (Evidence e : PhoneAssessor.assess(f, registry)) {
                if (e.assessment() == Assessment.CONTRADICTS) {
                    add(f, "registry", e.reason(), 0.95, Map.of("against", e.reference()));
                    break;
                }
            }
        }
    }

    private void patternBreaks(List<Flag> flags) {
        Map<String, List<Flag>> bySentence = new LinkedHashMap<>();
        for (Flag f : flags) {
            if (f.type().equals(FlagTypes.PHONE) && f.normalized().matches("\\+1\\d{10}")) {
                bySentence.computeIfAbsent(f.doc() + '\u0000' + f.context(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Flag> group : bySentence.values()) {
            if (group.size() < 3) {
                continue;
            }
            Map<String, Integer> prefixes = new TreeMap<>();
            group.forEach(f -> prefixes.merge(f.normalized().substring(0, 8), 1, Integer::sum));
            String common = prefixes.entrySet().stream().filter(e -> e.getValue() >= 2)
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (common == null) {
                continue;
            }
            for (Flag f : group) {
                String prefix = f.normalized().substring(0, 8);
                if (!prefix.equals(common) && PhoneAssessor.nearMiss(prefix.substring(5), common.substring(5) + "")
                        || !prefix.equals(common) && isSwap(prefix, common)) {
                    add(f, "pattern", f.text() + " breaks the pattern of the numbers beside it ("
                            + common.substring(2, 5) + "-" + common.substring(5, 8) + "-xxxx)", 0.8, Map.of());
                }
            }
        }
    }

    private static boolean isSwap(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        List<Integer> diff = new ArrayList<>();
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                diff.add(i);
            }
        }
        return diff.size() == 2 && diff.get(1) == diff.get(0) + 1
                && a.charAt(diff.get(0)) == b.charAt(diff.get(1)) && a.charAt(diff.get(1)) == b.charAt(diff.get(0));
    }

    /**
     * Pairs of statistics that give different values for what reads as the same quantity. Only pairs that share
     * at least {@link #MIN_SHARED_WORDS} key words can qualify, so candidates come from an index of key word to
     * statistics instead of every pair: a corpus with n statistics costs about the pairs that share words, not n².
     * Pairs are judged in the order of the plain double loop, so the conflicts come out in the same order.
     */
    private void valueDifferences(List<Flag> flags, Map<String, String> states) {
        List<Flag> stats = flags.stream().filter(f -> f.type().equals(FlagTypes.STATISTIC)).toList();
        List<Set<String>> keys = stats.stream().map(f -> Quantities.keyWords(f.context(), f.text())).toList();
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int i = 0; i < stats.size(); i++) {
            for (String w : keys.get(i)) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        int[] shared = new int[stats.size()];
        for (int i = 0; i < stats.size(); i++) {
            List<Integer> candidates = new ArrayList<>();
            for (String w : keys.get(i)) {
                for (int j : byWord.get(w)) {
                    if (j > i && shared[j]++ == 0) {
                        candidates.add(j);
                    }
                }
            }
            Collections.sort(candidates);
            for (int j : candidates) {
                if (shared[j] >= MIN_SHARED_WORDS) {
                    compareValues(stats.get(i), stats.get(j), keys.get(i), keys.get(j), states);
                }
                shared[j] = 0;
            }
        }
    }

    private void compareValues(Flag a, Flag b, Set<String> keysA, Set<String> keysB, Map<String, String> states) {
        String stateA = states.get(a.doc());
        String stateB = states.get(b.doc());
        if (stateA != null && stateB != null && !stateA.equals(stateB)) {
            return;
        }
        if (a.context().equals(b.context()) || Quantities.overlap(keysA, keysB) < SAME_QUANTITY) {
            return;
        }
        List<String> va = Quantities.numbers(a.text());
        List<String> vb = Quantities.numbers(b.text());
        if (va.isEmpty() || vb.isEmpty() || va.equals(vb)) {
            return;
        }
        String about = String.join(" ", new TreeSet<>(intersection(keysA, keysB)));
        add(a, "value", "'" + a.text() + "' here, '" + b.text() + "' in " + b.doc() + " (" + about + ")", 0.85,
                Map.of("with", b.id()));
        add(b, "value", "'" + b.text() + "' here, '" + a.text() + "' in " + a.doc() + " (" + about + ")", 0.85,
                Map.of("with", a.id()));
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    private void entityNumberMismatches(List<Flag> flags) {
        Map<String, Map<String, Flag>> numbersByEntity = new TreeMap<>();
        Map<String, Map<String, Flag>> entitiesByNumber = new TreeMap<>();
        for (Flag f : flags) {
            String entity = f.attributes().get("entity");
            if (!f.type().equals(FlagTypes.PHONE) || entity == null || entity.isBlank()) {
                continue;
            }
            String key = entity.toLowerCase(Locale.ROOT) + '\u0000' + f.attributes().getOrDefault("channel", "voice");
            numbersByEntity.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(f.normalized(), f);
            entitiesByNumber.computeIfAbsent(f.normalized(), k -> new TreeMap<>()).putIfAbsent(entity.toLowerCase(Locale.ROOT), f);
        }
        numbersByEntity.forEach((key, numbers) -> {
            if (numbers.size() > 1) {
                String entity = key.substring(0, key.indexOf('\u0000'));
                for (Flag f : numbers.values()) {
                    add(f, "entity-numbers", f.attributes().get("entity") + " is given " + numbers.size()
                            + " numbers: " + String.join(", ", numbers.keySet()), 0.75, Map.of("entity", entity));
                }
            }
        });
        entitiesByNumber.forEach((number, entities) -> {
            if (entities.size() > 1) {
                for (Flag f : entities.values()) {
                    add(f, "number-entities", number + " is given to " + entities.size() + " organizations: "
                            + String.join(", ", entities.keySet()), 0.75, Map.of());
                }
            }
        });
    }

    private void add(Flag f, String kind, String description, double priority, Map<String, String> extra) {
        String key = f.doc() + '\u0000' + kind + '\u0000' + f.text();
        int occurrence = occurrences.merge(key, 1, Integer::sum);
        Map<String, String> attributes = new TreeMap<>(extra);
        attributes.put("kind", kind);
        attributes.put("flag", f.id());
        attributes.put(Flag.VERSION, "0"); // born open at version 0, like every flag
        conflicts.add(new Flag(Flag.stableId(f.doc(), FlagTypes.CONFLICT, kind + ":" + f.text(), occurrence), f.doc(),
                FlagTypes.CONFLICT, f.start(), f.end(), f.text(), description, f.context(), "open", priority, attributes));
    }
}
