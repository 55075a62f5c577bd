package org.factdesk.detector.resource.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a name that show the page offers the organization to its reader: a list label ("Generations
 * Family Health Center: Free STI testing ..."), a verb asking the reader to get in touch ("Contact Safe Avenues",
 * "reach out to Arrowhead Safe Passage Network"), a verb of service after it ("Breaking Free provide job training"),
 * or a number right after it ("Safe Avenues (320-235-0962)").
 */
final class OfferCues {
    /** After a label's name: at most two lower-case words ("Just Food pantry —"), then a colon or a dash. */
    private static final Pattern LABEL_END = Pattern.compile("(?:\\s+[a-z][\\w’'-]*){0,2}\\s*(?::|—|–|\\s-\\s)");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)\\s*(?:the\\s+)?");
    static final Pattern CONTACT_VERB_BEFORE = Pattern.compile(
            "(?i)\\b(?:contact|call|reach(?:\\s+out)?(?:\\s+to)?|visit|text|email|e-mail|connect\\s+with|get\\s+help\\s+from"
                    + "|go\\s+to|ask\\s+for|referrals?\\s+to|refer\\s+you\\s+to)\\s+(?:the\\s+)?$");
    /** The last words of the phrases above ("e-mail" ends in "mail"). */
    private static final Set<String> CONTACT_PHRASE_ENDS = Set.of("contact", "call", "reach", "out", "to", "visit", "text",
            "email", "mail", "with", "from", "for");
    static final Pattern SERVICE_VERB = Pattern.compile(
            "(?i)\\b(provides|provide|offers|offer|operates|operate|runs|administers|connects|helps|assists|gives|hosts|"
                    + "staffs|serves|serve|answers|supports)\\b");
    private static final Pattern BEFORE_VERB = Pattern.compile(
            "\\s*(?:\\([^()]{0,40}\\)\\s*)?(?:,\\s*(?:which|that|who)\\s+)?(?:also\\s+|now\\s+)?");
    private static final Pattern COORDINATION = Pattern.compile("(?i),?\\s+(?:and|&|or)\\s+(?:the\\s+)?");
    private static final Pattern NUMBER_LINK = Pattern.compile("\\s*(?:\\(|:|at\\s|—|–|-|,)?\\s*");
    private static final int LOOK_BACK = 40;

    private OfferCues() {
    }

    /** The name opens its list item or line (perhaps after "The") and a colon or dash follows it: "Name: what it offers". */
    static boolean isLabel(String text, int contentStart, NameMention m, int blockEnd) {
        return m.start() >= contentStart && LEADING_ARTICLE.matcher(text).region(contentStart, m.start()).matches()
                && LABEL_END.matcher(text).region(m.end(), blockEnd).lookingAt();
    }

    /** The offset after the label's colon or dash, where its description begins. */
    static int labelEnd(String text, NameMention m, int blockEnd) {
        Matcher matcher = LABEL_END.matcher(text).region(m.end(), blockEnd);
        return matcher.lookingAt() ? matcher.end() : m.end();
    }

    static boolean afterContactVerb(String text, int blockStart, NameMention m) {
        int from = Math.max(blockStart, m.start() - LOOK_BACK);
        return mayFollowContactVerb(text, from, m.start())
                && CONTACT_VERB_BEFORE.matcher(text.substring(from, m.start())).find();
    }

    /**
     * True when the last word before {@code end}, or the one before a last "the", is how a contact verb phrase ends
     * ("contact", "reach out to", "get help from"). {@link #CONTACT_VERB_BEFORE} is anchored at the name, so it
     * cannot match otherwise, and most names are not asked for: this check spares them the pattern.
     */
    private static boolean mayFollowContactVerb(String text, int from, int end) {
        int wordEnd = skipSpaceBack(text, from, end);
        int wordStart = lettersBack(text, from, wordEnd);
        if (wordEnd - wordStart == 3 && text.regionMatches(true, wordStart, "the", 0, 3)) {
            wordEnd = skipSpaceBack(text, from, wordStart);
            wordStart = lettersBack(text, from, wordEnd);
        }
        return CONTACT_PHRASE_ENDS.contains(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
    }

    private static int skipSpaceBack(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * Back over ASCII letters only: the phrase words are ASCII, and the pattern's {@code \\b} (ASCII word characters
     * since Java 19) lets any other letter stand right before them ("Cafécontact the ...").
     */
    private static int lettersBack(String text, int from, int end) {
        while (end > from && isAsciiLetter(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The end of a verb of service right after the name (a bracket may stand between), or -1. */
    static int serviceVerbEnd(String text, NameMention m, int blockEnd) {
        Matcher gap = BEFORE_VERB.matcher(text).region(m.end(), blockEnd);
        if (!gap.lookingAt()) {
            return -1;
        }
        Matcher verb = SERVICE_VERB.matcher(text).region(gap.end(), blockEnd);
        return verb.lookingAt() ? verb.end() : -1;
    }

    /** "Breaking Free and The Link": two names joined by "and", "&amp;" or "or". */
    static boolean isCoordinated(String text, NameMention first, NameMention second) {
        return first.end() <= second.start() && COORDINATION.matcher(text).region(first.end(), second.start()).matches();
    }

    /** The name is followed by a number: "Safe Avenues (320-235-0962)", "Hotline: 888-373-7888". */
    static boolean numberRightAfter(String text, NameMention m, Contact next) {
        return next != null && next.isNumber() && next.start() >= m.end()
                && NUMBER_LINK.matcher(text).region(m.end(), next.start()).matches();
    }
}
