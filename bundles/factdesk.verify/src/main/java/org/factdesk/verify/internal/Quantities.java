package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a number in a sentence is about, so that two sentences giving a value for the same quantity can be found:
 * the number expressions ("14", "12-14", "68%") and the content words near them ("average age entry prostitution").
 */
final class Quantities {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*(?:\\s*[-–]\\s*\\d+(?:[.,]\\d+)*)?%?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "this", "with", "from", "are", "was",
            "were", "their", "they", "them", "its", "has", "have", "had", "into", "onto", "than", "then", "who", "which",
            "what", "when", "where", "about", "over", "under", "more", "most", "less", "some", "all", "any", "each",
            "not", "but", "our", "your", "his", "her", "she", "him", "one", "two", "also", "only", "such", "these",
            "those", "there", "here", "been", "being", "will", "would", "can", "could", "may", "might", "per", "out");
    static final int WORDS_BEFORE = 6;
    static final int WORDS_AFTER = 4;

    private Quantities() {
    }

    /** The number expressions in a text, normalized (no spaces, en dash as hyphen, no thousands separators). */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceAll("\\s", "").replace('–', '-').replaceAll("(?<=\\d),(?=\\d{3})", ""));
        }
        return out;
    }

    /** Content words around {@code quote} in {@code sentence}: what the number measures. */
    static Set<String> keyWords(String sentence, String quote) {
        int at = sentence.indexOf(quote);
        if (at < 0) {
            return contentWords(sentence, Integer.MAX_VALUE, false);
        }
        Set<String> out = new LinkedHashSet<>(contentWords(sentence.substring(0, at), WORDS_BEFORE, true));
        out.addAll(contentWords(sentence.substring(at + quote.length()), WORDS_AFTER, false));
        return out;
    }

    static Set<String> contentWords(String text, int limit, boolean fromEnd) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() > 2 && !STOP.contains(w)) {
                words.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
            }
        }
        if (words.size() > limit) {
            words = fromEnd ? words.subList(words.size() - limit, words.size()) : words.subList(0, limit);
        }
        return new LinkedHashSet<>(words);
    }

    /** Shared words over the smaller set; 0 when either is empty. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / Math.min(a.size(), b.size());
    }

    static int common(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
