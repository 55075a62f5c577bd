package org.factdesk.web.views.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Who a phone number in a sentence belongs to, when neither the registry nor a resource flag says: the run of
 * capitalized words right before the number ("the National Human Trafficking Hotline (888-373-7888)", "Willmar PD at
 * 320-235-2244"), allowing a trailing service noun ("Safe Avenues shelter") and joining words ("of", "for", "&").
 * A guess, shown as such; an empty string when the sentence names nobody before the number.
 */
final class OrganizationGuess {
    private static final Set<String> SKIP_AFTER = Set.of("at", "on", "to", "or", "is", "call", "text", "dial", "line:",
            "number", "phone", "via", "the");
    private static final Set<String> SERVICE_NOUNS = Set.of("shelter", "hotline", "helpline", "line", "center", "centre",
            "program", "office", "police", "department", "services", "service", "clinic", "coalition", "lifeline");
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "&", "the", "on", "against");
    /** Words a name does not start with: verbs of the instruction, articles, pronouns. */
    private static final Set<String> LEADING_WORDS = Set.of("Call", "Contact", "Text", "Dial", "Reach", "Visit", "Email",
            "Phone", "Or", "And", "The", "For", "Also", "Contacting", "Calling", "Their", "Our", "Your", "Its", "This",
            "That", "These", "Those", "A", "An");

    private OrganizationGuess() {
    }

    static String guess(String context, String numberText) {
        int at = context.indexOf(numberText);
        if (at <= 0) {
            return "";
        }
        String[] raw = context.substring(0, at).split("\\s+");
        List<String> tokens = new ArrayList<>();
        for (String t : raw) {
            // a quoted word is a keyword to send ("Text “HELP” to"), never part of a name
            String w = t.matches("^[“\"'‘].*") ? "\"" : t.replaceAll("^[(\\[]+|[)\\]”\"':,;(\\-–—]+$", "");
            if (!w.isEmpty()) {
                tokens.add(w);
            }
        }
        int i = tokens.size() - 1;
        while (i >= 0 && SKIP_AFTER.contains(tokens.get(i).toLowerCase(java.util.Locale.ROOT))) {
            i--;
        }
        List<String> name = new ArrayList<>();
        if (i >= 0 && SERVICE_NOUNS.contains(tokens.get(i).toLowerCase(java.util.Locale.ROOT))
                && !Character.isUpperCase(tokens.get(i).charAt(0))) {
            name.add(tokens.get(i--));
        }
        while (i >= 0) {
            String w = tokens.get(i);
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) && !name.isEmpty()) {
                name.add(w);
            } else if (JOINERS.contains(w) && i > 0 && Character.isUpperCase(tokens.get(i - 1).charAt(0)) && !name.isEmpty()) {
                name.add(w);
            } else {
                break;
            }
            i--;
        }
        Collections.reverse(name);
        while (!name.isEmpty() && (LEADING_WORDS.contains(name.get(0)) || JOINERS.contains(name.get(0)))) {
            name.remove(0);
        }
        boolean hasCapital = name.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)));
        return hasCapital ? String.join(" ", name) : "";
    }
}
