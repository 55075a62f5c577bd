package org.factdesk.detector.artifact.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that carry a passage's topic, reduced to comparable stems, and the capitalized names it mentions.
 *
 * <p>A stem is the lower-cased word cut to its first five letters ("trafficking", "traffickers" and
 * "trafficked" are all "traff"): crude, but it needs no dictionary, never fails and matches the inflections
 * that matter when comparing a question with its answer. Words shorter than three letters, grammar words
 * (including question words) and light verbs such as "play" or "make" carry no topic and are dropped.
 */
final class ContentWords {
    static final int STEM_LENGTH = 5;

    /** Pronouns, determiners, prepositions, conjunctions, auxiliaries and question words. */
    private static final Set<String> GRAMMAR_WORDS = Set.of(
            "the", "and", "for", "are", "but", "not", "you", "your", "yours", "our", "ours", "they", "them", "their",
            "theirs", "she", "her", "hers", "him", "his", "its", "who", "whom", "whose", "what", "which", "when",
            "where", "why", "how", "this", "that", "these", "those", "there", "here", "with", "without", "from",
            "into", "onto", "upon", "about", "above", "below", "over", "under", "between", "among", "through",
            "during", "before", "after", "while", "than", "then", "also", "very", "more", "most", "some", "any",
            "all", "each", "every", "such", "other", "others", "own", "same", "can", "could", "will", "would",
            "shall", "should", "may", "might", "must", "does", "did", "done", "doing", "have", "has", "had",
            "having", "was", "were", "been", "being", "just", "only", "even", "much", "many", "few", "both",
            "either", "neither", "because", "since", "until", "unless", "although", "though", "whether", "via",
            "per", "yes");
    /** Light verbs and vague qualifiers: they occur in questions on any topic, so they tell nothing about one. */
    private static final Set<String> LIGHT_WORDS = Set.of(
            "get", "gets", "got", "make", "makes", "made", "play", "plays", "take", "takes", "use", "used", "uses",
            "using", "way", "ways", "role", "roles", "one", "two", "three", "well", "specific", "specifically",
            "various", "several", "certain", "include", "includes", "including");

    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "in", "on", "&");

    private ContentWords() {
    }

    /** The stems of the topic words of {@code text}, in order, with repetitions. */
    static List<String> stems(CharSequence text) {
        List<String> out = new ArrayList<>();
        for (String word : words(text)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() >= 3 && !GRAMMAR_WORDS.contains(lower) && !LIGHT_WORDS.contains(lower)
                    && Character.isLetter(lower.charAt(0))) {
                out.add(lower.length() > STEM_LENGTH ? lower.substring(0, STEM_LENGTH) : lower);
            }
        }
        return out;
    }

    /**
     * Names of two or more capitalized words, possibly joined by "of", "and", "for", "the", "in", "on"
     * ("Temporary Protected Status", "City of Lakes"), in order of appearance. A capitalized function word
     * ("While", "The", "In") or the pronoun "I" is not part of a name; any punctuation between words ends a name.
     */
    static List<String> names(CharSequence text) {
        List<String> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int capitals = 0;
        int pendingConnectors = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = text.subSequence(start, i).toString();
                if (isNameWord(word)) {
                    current.add(word);
                    capitals++;
                    pendingConnectors = 0;
                } else if (capitals > 0 && CONNECTORS.contains(word)) {
                    current.add(word);
                    pendingConnectors++;
                } else {
                    capitals = flushName(out, current, capitals, pendingConnectors);
                    pendingConnectors = 0;
                }
            }
            int gap = i;
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > gap && !isSpaces(text, gap, i)) {
                capitals = flushName(out, current, capitals, pendingConnectors);
                pendingConnectors = 0;
            }
        }
        flushName(out, current, capitals, pendingConnectors);
        return out;
    }

    private static int flushName(List<String> out, List<String> current, int capitals, int trailingConnectors) {
        if (capitals >= 2) {
            out.add(String.join(" ", current.subList(0, current.size() - trailingConnectors)));
        }
        current.clear();
        return 0;
    }

    private static boolean isNameWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(word.charAt(0)) && !word.equals("I")
                && !GRAMMAR_WORDS.contains(lower) && !CONNECTORS.contains(lower);
    }

    private static boolean isSpaces(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(CharSequence text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.subSequence(start, i).toString());
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '&';
    }
}
