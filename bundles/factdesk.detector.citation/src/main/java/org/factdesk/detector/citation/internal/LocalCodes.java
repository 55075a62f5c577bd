package org.factdesk.detector.citation.internal;

import static org.factdesk.detector.citation.internal.Fragments.GAP;
import static org.factdesk.detector.citation.internal.Fragments.NUMBER_END;
import static org.factdesk.detector.citation.internal.Fragments.SPACE;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * City and county codes: "Willmar City Code § 9-123", "Chapter 9.04 of the Rochester Code of Ordinances",
 * "Minneapolis Code of Ordinances, Title 15", "Ordinance No. 4321". On a page that cites a local code by
 * name, its section headings ("Section 9.04.010") are citations of that code too; their three-part numbers
 * cannot be state statutes. Canonical form: "<place> <code name> § 9.04.010" ("ch.", "title", "art." for
 * those divisions; the place when the text gives it). Jurisdiction {@code local}; no link, since local codes
 * are published by many different hosts with no stable address scheme.
 */
final class LocalCodes {
    static final String LOCAL = "local";

    /** The first local code a page cites, by name and position: its section headings belong to it. */
    private record CodeName(String place, String code, int at) {
        CodeName earlier(CodeName other) {
            return other == null || at < other.at ? this : other;
        }
    }

    private static final String CODE_NAME = "(?<code>City" + SPACE + "Code|Municipal" + SPACE + "Code"
            + "|Code" + SPACE + "of" + SPACE + "Ordinances|Ordinance" + SPACE + "Code|Legislative" + SPACE + "Code"
            + "|County" + SPACE + "Code)";
    private static final String DESIGNATOR = "(?<des>§§?|Sec(?:tion)?s?\\.?|Chapter|Ch\\.|Title|Article|Art\\.)";
    private static final String SECTION = "(?<sec>\\d{1,4}[A-Z]?(?:[.-]\\d{1,4}[A-Z]?){0,3})" + NUMBER_END;

    private static final Pattern CODE_THEN_SECTION = Pattern.compile(
            CODE_NAME + ",?" + GAP + "(?:" + DESIGNATOR + GAP + ")?" + SECTION);
    private static final Pattern SECTION_OF_CODE = Pattern.compile(
            DESIGNATOR + GAP + SECTION + SPACE + "of" + SPACE + "the" + SPACE
                    + "(?<place>(?:[A-Z][A-Za-z.'’-]{1,20}" + SPACE + "){0,3}?)" + CODE_NAME);
    private static final Pattern ORDINANCE_NUMBER = Pattern.compile(
            "Ordinance" + SPACE + "(?:No\\.?|Number|#)" + GAP + "(?<ord>\\d{1,5}(?:[-–]\\d{1,5})?)(?!\\d)");
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "(?:Sec(?:tion)?s?\\.?|§§?)" + GAP + "(?<sec>\\d{1,3}\\.\\d{1,3}\\.\\d{1,4}[A-Z]?)" + NUMBER_END);

    /** Capitalized words that start a sentence or a phrase, not a place name: "Under Willmar City Code". */
    private static final Set<String> NOT_PLACES = Set.of(
            "the", "a", "an", "under", "in", "per", "by", "see", "of", "and", "our", "this", "that", "its", "their",
            "adopted", "amended", "according", "violates", "violating", "pursuant", "to", "with");

    /** Abbreviations inside place names; any other word with a period ends a sentence. */
    private static final Set<String> PLACE_ABBREVIATIONS = Set.of("St.", "Ste.", "Ft.", "Mt.");

    private static final Set<String> CODE_NAME_ANCHORS = Set.of(
            "city", "municipal", "code", "ordinance", "legislative", "county");
    private static final Set<String> DESIGNATOR_ANCHORS = Set.of(
            "section", "sections", "sec", "secs", "chapter", "ch", "title", "article", "art", Anchors.SECTION_SIGN);
    private static final Set<String> ORDINANCE_ANCHORS = Set.of("ordinance");
    private static final Set<String> SECTION_ANCHORS = Set.of("section", "sections", "sec", "secs", Anchors.SECTION_SIGN);

    private LocalCodes() {
    }

    static void find(String text, Anchors anchors, List<Citation> out) {
        CodeName pageCode = null;
        for (MatchResult m : anchors.matches(CODE_THEN_SECTION, CODE_NAME_ANCHORS)) {
            String place = placeBefore(text, m.start());
            String code = words(m.group("code"));
            pageCode = new CodeName(place, code, m.start()).earlier(pageCode);
            int start = place == null ? m.start() : m.start() - place.length() - 1;
            out.add(local(start, m.end(), place, code, m.group("des"), m.group("sec")));
        }
        for (MatchResult m : anchors.matches(SECTION_OF_CODE, DESIGNATOR_ANCHORS)) {
            String place = m.group("place").isBlank() ? null : words(m.group("place"));
            String code = words(m.group("code"));
            pageCode = new CodeName(place, code, m.start()).earlier(pageCode);
            out.add(local(m.start(), m.end(), place, code, m.group("des"), m.group("sec")));
        }
        for (MatchResult m : anchors.matches(ORDINANCE_NUMBER, ORDINANCE_ANCHORS)) {
            String number = m.group("ord").replace('–', '-');
            out.add(new Citation(m.start(), m.end(), "Ordinance No. " + number, LOCAL, number, null, null, null, null,
                    null));
        }
        if (pageCode != null) {
            for (MatchResult m : anchors.matches(SECTION_HEADING, SECTION_ANCHORS)) {
                out.add(local(m.start(), m.end(), pageCode.place(), pageCode.code(), null, m.group("sec")));
            }
        }
    }

    private static Citation local(int start, int end, String place, String code, String designator, String section) {
        return new Citation(start, end, name(place, code) + " " + division(designator) + " " + section, LOCAL, section,
                null, null, null, null, place);
    }

    private static String name(String place, String code) {
        return place == null ? code : place + " " + code;
    }

    /** "§", "ch.", "title" or "art.": the canonical mark of the division a designator names. */
    private static String division(String designator) {
        if (designator == null) {
            return "§";
        }
        String d = designator.toLowerCase(Locale.ROOT);
        if (d.startsWith("ch")) {
            return "ch.";
        }
        if (d.startsWith("title")) {
            return "title";
        }
        return d.startsWith("art") ? "art." : "§";
    }

    /**
     * The place named right before a code name: up to three capitalized words ("Willmar", "St. Paul"), stopping
     * at words such as "The" or "Under"; {@code null} when there is none.
     */
    private static String placeBefore(String text, int codeStart) {
        int start = codeStart;
        int words = 0;
        while (words < 3 && start >= 2 && text.charAt(start - 1) == ' ') {
            int wordStart = start - 1;
            while (wordStart > 0 && start - wordStart <= 21 && isNameChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, start - 1);
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
                    || NOT_PLACES.contains(word.toLowerCase(Locale.ROOT))
                    || word.endsWith(".") && !PLACE_ABBREVIATIONS.contains(word)) {
                break;
            }
            start = wordStart;
            words++;
        }
        return words == 0 ? null : text.substring(start, codeStart - 1);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-';
    }

    /** Runs of white space as single spaces. */
    private static String words(String s) {
        return s.strip().replaceAll("[\\s\\u00A0]+", " ");
    }
}
