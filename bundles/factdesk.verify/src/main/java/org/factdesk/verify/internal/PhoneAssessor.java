package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.evidence.Assessment;
import org.factdesk.api.evidence.Evidence;
import org.factdesk.verify.internal.ReferenceRegistry.Contact;
import org.factdesk.verify.internal.ReferenceRegistry.Entry;

/**
 * Compares a phone flag with the registry. The same number supports it. A different number contradicts it when
 * it is given for the same thing: the same SMS keyword ("text HELP to ..."), the organization named in the same
 * sentence, or a number of the same length that differs in one or two digits or by two swapped digits (the usual
 * typo) on the same channel.
 */
final class PhoneAssessor {
    private PhoneAssessor() {
    }

    static List<Evidence> assess(Flag flag, ReferenceRegistry registry) {
        List<Evidence> out = new ArrayList<>();
        if (!flag.type().equals(FlagTypes.PHONE)) {
            return out;
        }
        String number = flag.normalized();
        String channel = flag.attributes().getOrDefault("channel", "voice");
        String context = flag.context().toLowerCase(Locale.ROOT);
        for (Entry e : registry.entries()) {
            for (Contact c : e.contacts()) {
                String passage = e.organization() + ": " + (c.display().isEmpty() ? c.number() : c.display())
                        + " (" + c.channel() + "), verified " + e.verified();
                String ref = e.sourceUrl() + " (read " + e.verified() + ")";
                if (c.number().equals(number)) {
                    out.add(new Evidence("registry", ref, passage, List.of(), Assessment.SUPPORTS,
                            "the registry lists " + number + " for " + e.organization() + " (" + c.channel() + ")", 1.0));
                    continue;
                }
                String why = contradiction(number, channel, context, e, c);
                if (why != null) {
                    out.add(new Evidence("registry", ref, passage, List.of(), Assessment.CONTRADICTS, why, 0.9));
                }
            }
        }
        // a number the registry confirms needs no contradiction from a sibling contact of the same entry
        if (out.stream().anyMatch(ev -> ev.assessment() == Assessment.SUPPORTS)) {
            out.removeIf(ev -> ev.assessment() == Assessment.CONTRADICTS);
        }
        return out;
    }

    private static String contradiction(String number, String channel, String context, Entry e, Contact c) {
        boolean sameChannel = c.channel().equals(channel);
        if (sameChannel && !c.keyword().isEmpty() && channel.equals("sms")
                && context.contains(c.keyword().toLowerCase(Locale.ROOT)) && number.length() == c.number().length()) {
            return "the registry gives " + c.number() + " for texting " + c.keyword() + " to " + e.organization()
                    + "; " + number + " differs";
        }
        if (sameChannel && nearMiss(number, c.number())) {
            return number + " is one typo away from " + c.number() + ", the registry's " + c.channel() + " number of "
                    + e.organization();
        }
        // the organization is named, and its own number is not what the sentence gives beside it
        if (sameChannel && number.length() == c.number().length() && e.names().stream().anyMatch(context::contains)
                && !digits(context).contains(national(c.number()))) {
            return "the sentence names " + e.organization() + ", whose " + c.channel() + " number in the registry is "
                    + c.number();
        }
        return null;
    }

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }

    /** The number without the +1 country code, as US pages write it. */
    private static String national(String number) {
        return number.startsWith("+1") ? number.substring(2) : digits(number);
    }

    /** Same length, and one or two digits differ, or two neighbouring digits are swapped. */
    static boolean nearMiss(String a, String b) {
        if (a.length() != b.length() || a.equals(b) || a.length() < 5) {
            return false;
        }
        int diff = 0;
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                }
                diff++;
            }
        }
        if (diff == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)) {
            return true;
        }
        return diff <= 2 && a.length() >= 10 || diff == 1;
    }
}
