package org.factdesk.detector.resource.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an organization offers, in a few words, cut out of the text around its name. */
final class Services {
    static final int MAX_LENGTH = 120;
    private static final int MAX_WORDS_OF_A_SERVICE_LIST = 12;
    /** Where the object of a verb of service stops being the service: "... legal advocacy specifically for ...". */
    private static final Pattern OBJECT_END = Pattern.compile(
            "(?i)\\s(?:for|to|specifically|through|with|including|so that|because|where|when|which|who)\\b|, while\\b|, but\\b|[.;:(]");
    /** "24-hour crisis text line: Text “HELP” to": the instruction that leads to a number is not the service. */
    private static final Pattern CONTACT_INSTRUCTION = Pattern.compile(
            "(?i)[:(,;]?\\s*\\b(?:call|text|txt|dial|contact|reach|phone)\\b[^:]*$");
    private static final Pattern TRAILING_LINK = Pattern.compile(
            "(?i)(?:[\\s,;:(–—-]|\\b(?:at|call|or|and|phone|tel|contact|via|by|on))+$");
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "this", "these", "those", "it", "they", "there", "we", "our", "you", "he", "she", "its",
            "their", "in", "if", "when", "as", "since", "all", "every", "some", "many", "most");

    private Services() {
    }

    /** The description after a label, up to its first number or address: "Free STI testing and PrEP". */
    static String afterLabel(String text, int from, int blockEnd, List<Contact> contacts) {
        int end = blockEnd;
        boolean cutAtContact = false;
        for (Contact c : contacts) {
            if (c.start() >= from && c.kind() != Contact.Kind.HOURS) {
                end = Math.min(end, c.start());
                cutAtContact = true;
                break;
            }
        }
        String description = text.substring(from, Math.max(from, end));
        if (cutAtContact) {
            description = CONTACT_INSTRUCTION.matcher(description).replaceFirst("");
        }
        return tidy(description);
    }

    /**
     * What a verb of service governs, up to the end of its clause: "provides emergency housing, job training,
     * and legal advocacy specifically for ..." gives "emergency housing, job training, and legal advocacy".
     * "serves", "supports" and "helps" name an audience, not a service, and give "".
     */
    static String afterVerb(String text, String verb, int verbEnd, int limit, List<Contact> contacts) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.startsWith("serve") || v.startsWith("support") || v.startsWith("help") || v.startsWith("assist")) {
            return "";
        }
        int end = limit;
        for (Contact c : contacts) {
            if (c.start() >= verbEnd && c.kind() != Contact.Kind.HOURS) {
                end = Math.min(end, c.start());
                break;
            }
        }
        Matcher stop = OBJECT_END.matcher(text).region(verbEnd, end);
        if (stop.find()) {
            end = stop.start();
        }
        return withoutArticle(tidy(text.substring(verbEnd, Math.max(verbEnd, end))));
    }

    /**
     * A short list of services ("STI testing, addiction counseling"), not a sentence ("The state of Minnesota has
     * established ...", "Factors such as racism ... can exacerbate vulnerabilities, especially for ...").
     *
     * @param description the whole description after the label, untrimmed
     */
    static boolean looksLikeServices(String description) {
        String d = description.strip();
        if (d.isEmpty() || d.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        String[] words = d.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        return words.length <= MAX_WORDS_OF_A_SERVICE_LIST && !SENTENCE_OPENERS.contains(first) && !d.matches(".*[.!?]\\s+\\S.*");
    }

    /** White space collapsed, joining words and punctuation trimmed from the ends, at most {@link #MAX_LENGTH}. */
    static String tidy(String raw) {
        String s = raw.replaceAll("\\s+", " ").strip();
        s = TRAILING_LINK.matcher(s).replaceFirst("");
        while (!s.isEmpty() && ",;:.–—-)".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        if (s.chars().noneMatch(Character::isLetter)) {
            return "";
        }
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf(' ', MAX_LENGTH - 1);
            s = s.substring(0, cut > 0 ? cut : MAX_LENGTH - 1) + "…";
        }
        return s;
    }

    private static String withoutArticle(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String article : new String[] {"the ", "a ", "an "}) {
            if (lower.startsWith(article)) {
                return s.substring(article.length());
            }
        }
        return s;
    }
}
