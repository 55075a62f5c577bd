package org.factdesk.detector.attribution.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the detector has read so far in one document, so that a later sentence can name a source it only refers
 * back to: "Lindgren said" (the County Attorney Priya Lindgren named before), "according to the partnership" (the
 * Granite City Anti-Trafficking Partnership), "the same review" (the coalition review cited before).
 * One instance per document and call; not shared between threads.
 */
final class DocumentMemory {
    private final Map<String, Source> personsBySurname = new HashMap<>();
    private final Map<String, String> organizationsByNoun = new HashMap<>();
    private final Map<String, Source> sourcesByHead = new HashMap<>();

    void rememberPerson(String surname, Source person) {
        personsBySurname.put(Words.bare(surname.toLowerCase(Locale.ROOT)), person);
    }

    Optional<Source> person(String surname) {
        return Optional.ofNullable(personsBySurname.get(Words.bare(surname.toLowerCase(Locale.ROOT))));
    }

    Optional<String> organization(String noun) {
        return Optional.ofNullable(organizationsByNoun.get(noun));
    }

    /** Remembers a source under its document noun ("review" for "coalition review"), for "the same review". */
    void rememberSource(Source source) {
        String name = source.name();
        int open = name.lastIndexOf('(');
        String words = open >= 0 && name.endsWith(")") ? name.substring(open + 1, name.length() - 1) : name;
        String head = "";
        for (String w : words.split("[\\s,]+")) {
            if (!w.isEmpty() && !w.equals("unnamed") && !w.chars().allMatch(Character::isDigit)) {
                head = w.toLowerCase(Locale.ROOT);
            }
        }
        if (!head.isEmpty()) {
            sourcesByHead.put(head, source);
        }
    }

    Optional<Source> source(String head) {
        return Optional.ofNullable(sourcesByHead.get(head));
    }

    /**
     * Remembers every name of two or more capitalized words in the sentence that ends in an organization noun
     * ("Granite City Anti-Trafficking Partnership", "St. Cloud Police Department"), under that noun.
     */
    void rememberOrganizations(SentenceView s) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!t.get(i).capitalized() || Lexicon.NON_NAME_LEADS.contains(t.get(i).lower())) {
                i++;
                continue;
            }
            int end = NameRuns.end(s, i);
            String last = Words.bare(t.get(end - 1).lower());
            if (end - i >= 2 && Lexicon.ORGANIZATION_NOUNS.contains(last)) {
                organizationsByNoun.put(last, Words.withoutPossessive(s.text().substring(t.get(i).start(), t.get(end - 1).end())));
            }
            i = end;
        }
    }
}
