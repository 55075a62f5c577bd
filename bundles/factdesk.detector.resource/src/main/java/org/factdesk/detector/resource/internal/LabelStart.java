package org.factdesk.detector.resource.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.factdesk.support.text.AsciiChars;

/**
 * Whether a position can begin one of a list of labels, by their first two characters: a pattern that matches a
 * label at the start of a line ("Phone:", "Media contact") is then tried only on lines that open like one, and most
 * lines of prose ("The ...", "This ...") are passed over without running it.
 *
 * <p>The labels are ASCII and the patterns compare them with {@code (?i)}, which folds ASCII letters only, so two
 * characters that do not fold to a label's first two cannot begin a match. Thread-safe and immutable.
 */
final class LabelStart {
    private final Set<String> prefixes = new HashSet<>();

    LabelStart(List<String> labels) {
        for (String label : labels) {
            if (label.length() < 2 || !label.matches("[a-z][a-z -]*")) {
                // the labels are also joined into a pattern, where they must stand for themselves
                throw new IllegalArgumentException("a label is two or more lower-case letters, spaces or hyphens: '" + label + "'");
            }
            prefixes.add(AsciiChars.toLowerCase(label.charAt(0)) + "" + AsciiChars.toLowerCase(label.charAt(1)));
        }
    }

    /** True when the two characters at {@code at} (before {@code to}) are, in either case, the start of a label. */
    boolean mayBeginAt(String text, int at, int to) {
        return at + 2 <= to && prefixes.contains(AsciiChars.toLowerCase(text.charAt(at)) + "" + AsciiChars.toLowerCase(text.charAt(at + 1)));
    }

    /** The regular-expression alternation of the labels, in their order: one list feeds the pattern and this check. */
    static String alternation(List<String> labels) {
        return String.join("|", labels);
    }
}
