package org.factdesk.detector.resource.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.factdesk.support.text.AsciiChars;
import org.factdesk.api.document.Span;

/**
 * Finds organization names, in text order and without overlaps: runs of capitalized words joined by white space, with small joining words inside
 * ("Family Promise of Kandiyohi County", "West Central Minnesota Drug &amp; Violent Crime Task Force").
 *
 * <p>Around the run: capitalized words that open sentences and list items ("Contact", "The", "What") are dropped
 * from its front; a possessive place before the name becomes its location ("Willmar’s Safe Avenues shelter" is
 * "Safe Avenues" in Willmar); generic lower-case words after it ("shelter", "tip line") are its descriptor; an
 * expansion in brackets right after an acronym belongs to the name ("SERA (Safe Education Resources &amp;
 * Advocacy)").
 *
 * <p>Not names of organizations: single capitalized words (unless an acronym such as "SERA" or a word with digits
 * such as "Love146"), places ("Kandiyohi County", "Bridge Street"), laws and models ("Safe Harbor law", "No Wrong
 * Door model"), links to the publisher's social media ("City of Minneapolis Facebook"), day or month names, and
 * page headings made of generic words ("Help Now", "Frequently Asked Questions").
 *
 * <p>Thread-safe; linear in the length of the range.
 */
final class NameFinder {
    private static final int MAX_DESCRIPTOR_WORDS = 2;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    List<NameMention> find(String text, Span range) {
        Words words = Tokenizer.words(text, range);
        List<NameMention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!startsRun(text, words, i)) {
                i++;
                continue;
            }
            int end = runEnd(text, words, i);
            NameMention mention = mention(text, words, i, end);
            i = end;
            if (mention != null) {
                out.add(mention);
                while (i < words.size() && words.get(i).start() < mention.end()) {
                    i++; // past the descriptor or the bracketed expansion
                }
            }
        }
        return out;
    }

    private static boolean startsRun(String text, Words words, int i) {
        Word w = words.get(i);
        if (w.capitalized()) {
            return true;
        }
        // "988 Suicide & Crisis Lifeline": a three-digit service code leading a capitalized name
        return w.length() == 3 && w.allDigits() && i + 1 < words.size() && spaced(text, words, i + 1)
                && words.get(i + 1).capitalized();
    }

    private static int runEnd(String text, Words words, int from) {
        int i = from + 1;
        int end = i;
        while (i < words.size() && spaced(text, words, i)) {
            Word w = words.get(i);
            if (w.capitalized() || w.alphanumeric()) {
                end = ++i;
            } else if (isInnerJoiner(w) && i + 1 < words.size() && spaced(text, words, i + 1)
                    && words.get(i + 1).capitalized() && !joinsTwoNames(words, i)) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    private static NameMention mention(String text, Words words, int from, int end) {
        int a = from;
        while (a < end && NameLexicon.LEADING_STOPWORDS.contains(words.get(a).bare())) {
            a++;
        }
        while (a < end && isInnerJoiner(words.get(a))) {
            a++;
        }
        if (a >= end) {
            return null;
        }
        int spanStart = words.get(a).start();
        String location = "";
        Word first = words.get(a);
        if (first.isPossessive() && end - a >= 2 && !NameLexicon.NAME_POSSESSORS.contains(first.bare())) {
            location = first.text().substring(0, first.text().length() - 2);
            a++;
        }
        int nameEnd = end;
        if (!isOrganizationName(text, words, a, nameEnd)) {
            return null;
        }
        int descriptorEnd = descriptorEnd(text, words, nameEnd);
        String descriptor = descriptorEnd > nameEnd ? text.substring(words.get(nameEnd).start(), words.get(descriptorEnd - 1).end()) : "";
        if (descriptorEnd > nameEnd && NameLexicon.LAW_WORDS.contains(words.get(descriptorEnd - 1).lower())) {
            return null;
        }
        if (descriptorEnd == nameEnd && nameEnd < words.size() && spaced(text, words, nameEnd)
                && NameLexicon.LAW_WORDS.contains(words.get(nameEnd).lower())) {
            return null; // "Safe Harbor law"
        }
        String name = collapse(text.substring(words.get(a).start(), words.get(nameEnd - 1).end()));
        if (words.get(nameEnd - 1).isPossessive()) {
            name = name.substring(0, name.length() - 2);
        }
        Word lastWord = words.get(nameEnd - 1);
        int spanEnd = descriptorEnd > nameEnd ? words.get(descriptorEnd - 1).end()
                : lastWord.isPossessive() ? lastWord.end() - 2 : lastWord.end();
        int expansionEnd = expansionEnd(text, words.get(nameEnd - 1).end(), descriptorEnd == nameEnd);
        if (expansionEnd > 0) {
            name = name + " " + collapse(text.substring(words.get(nameEnd - 1).end(), expansionEnd).strip());
            spanEnd = expansionEnd;
        }
        boolean marked = hasOrganizationWord(words, a, nameEnd) || descriptorEnd > nameEnd;
        return new NameMention(new Span(spanStart, spanEnd), name, location, descriptor, marked);
    }

    /** "text HOME to 741741": the word after "text" is what to send, not a name. */
    private static boolean isTextKeyword(String text, Word w) {
        int i = w.start();
        while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || "\"“‘'".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        int wordStart = i;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String before = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
        return before.equals("text") || before.equals("txt") || before.equals("sms");
    }

    private static boolean isOrganizationName(String text, Words words, int a, int end) {
        Word first = words.get(a);
        Word last = words.get(end - 1);
        if (end - a == 1) {
            boolean acronym = first.acronym() && !NameLexicon.COMMON_ACRONYMS.contains(first.text());
            return (acronym || first.alphanumeric()) && !isTextKeyword(text, first);
        }
        boolean calendar = true;
        boolean heading = true;
        boolean hasJoiner = false;
        for (int i = a; i < end; i++) {
            String w = words.get(i).bare();
            if (NameLexicon.SOCIAL_WORDS.contains(w)) {
                return false;
            }
            calendar &= NameLexicon.CALENDAR_WORDS.contains(w) || isInnerJoiner(w);
            heading &= NameLexicon.HEADING_WORDS.contains(w) || isInnerJoiner(w);
            hasJoiner |= w.equals("of") || w.equals("for");
        }
        if (calendar || heading || NameLexicon.LAW_WORDS.contains(last.bare())) {
            return false;
        }
        boolean place = NameLexicon.PLACE_ENDINGS.contains(last.bare()) && !hasJoiner && !hasOrganizationWord(words, a, end);
        return !place && !UsStates.isState(joined(words, a, end));
    }

    /**
     * "Breaking Free and The Link", "Sexual Violence Center and Planned Parenthood": an "and" between two names,
     * seen from an article after it or an organization word before it. "Department of Children and Families"
     * stays one name.
     */
    private static boolean joinsTwoNames(Words words, int and) {
        if (!words.get(and).lower().equals("and")) {
            return false;
        }
        String next = words.get(and + 1).lower();
        return next.equals("the") || next.equals("a") || next.equals("an")
                || NameLexicon.ORGANIZATION_WORDS.contains(words.get(and - 1).bare());
    }

    /** "shelter", "tip line", "24-hour crisis line" after the name, in lower case. */
    private static int descriptorEnd(String text, Words words, int nameEnd) {
        int i = nameEnd;
        while (i < words.size() && i - nameEnd < MAX_DESCRIPTOR_WORDS && spaced(text, words, i)) {
            String w = words.get(i).text();
            if (words.get(i).capitalized()) {
                break;
            }
            boolean kindOfLine = NameLexicon.LINE_KINDS.contains(w) && i + 1 < words.size()
                    && NameLexicon.DESCRIPTORS.contains(words.get(i + 1).text());
            if (NameLexicon.DESCRIPTORS.contains(w) || NameLexicon.LAW_WORDS.contains(w)) {
                return i + 1;
            }
            if (!kindOfLine) {
                break;
            }
            i++;
        }
        return nameEnd;
    }

    /** " (Safe Education Resources &amp; Advocacy)" right after an acronym: the end of the bracket, or -1. */
    private static int expansionEnd(String text, int after, boolean allowed) {
        if (!allowed || after + 2 >= text.length() || text.charAt(after) != ' ' || text.charAt(after + 1) != '(') {
            return -1;
        }
        int close = text.indexOf(')', after + 2);
        if (close < 0 || close - after > 80) {
            return -1;
        }
        String inside = text.substring(after + 2, close);
        if (inside.isEmpty() || !Character.isUpperCase(inside.charAt(0)) || inside.chars().anyMatch(Character::isDigit)) {
            return -1;
        }
        for (String w : inside.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !isInnerJoiner(w)) {
                return -1;
            }
        }
        return inside.contains(" ") ? close + 1 : -1;
    }

    static boolean hasOrganizationWord(Words words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NameLexicon.ORGANIZATION_WORDS.contains(words.get(i).bare())) {
                return true;
            }
        }
        return false;
    }

    private static String joined(Words words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(words.get(i).text());
        }
        return b.toString();
    }

    /** Lower-casing never shortens a word, so only words of at most three characters need it to be compared. */
    private static boolean isInnerJoiner(Word w) {
        return w.length() <= 3 && isInnerJoiner(w.lower());
    }

    private static boolean isInnerJoiner(String lower) {
        return lower.equals("of") || lower.equals("and") || lower.equals("&") || lower.equals("for") || lower.equals("the")
                || lower.equals("on");
    }

    private static boolean spaced(String text, Words words, int i) {
        return Tokenizer.onlySpace(text, words.end(i - 1), words.start(i));
    }

    /** Each run of white space as one space; most names have single spaces only and are returned as they are. */
    private static String collapse(String s) {
        return hasOnlySingleSpaces(s) ? s : WHITE_SPACE.matcher(s).replaceAll(" ");
    }

    /** True when every character {@code \\s} matches is a lone space: the replacement would change nothing. */
    private static boolean hasOnlySingleSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i + 1 < s.length() && AsciiChars.isRegexSpace(s.charAt(i + 1)) : AsciiChars.isRegexSpace(c)) {
                return false;
            }
        }
        return true;
    }
}
