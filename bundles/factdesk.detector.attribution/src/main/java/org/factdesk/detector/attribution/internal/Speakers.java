package org.factdesk.detector.attribution.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Names the person (or body) a quotation or a "said" is credited to.
 *
 * <p>A person with a title is {@code Name (Title)}: "County Attorney Priya Lindgren" gives
 * {@code Priya Lindgren (County Attorney)}, "Police Chief Dana Ruelle" gives {@code Dana Ruelle (Police Chief)}; a role
 * in apposition is kept the same way ("Jane Doe, executive director of Breaking Free" gives
 * {@code Jane Doe (executive director of Breaking Free)}). A title alone ("said the mayor") is the title in lower
 * case. A surname alone ("Lindgren said") is the person the document introduced with that surname, if any.
 *
 * <p>Kind: public officials (police chief, sheriff, mayor, county attorney, detective, judge, ...) speak for the
 * government and are {@link SourceKind#GOVERNMENT}; doctors and professors are {@link SourceKind#RESEARCH};
 * reporters {@link SourceKind#MEDIA}; everyone else speaks for an organization ({@link SourceKind#ORGANIZATION}).
 */
final class Speakers {
    private Speakers() {
    }

    /**
     * The speaker named by words {@code from} to {@code to} (exclusive): capitalized names and titles, optionally
     * led by a determiner.
     *
     * @param appositive the role written after the name ("executive director of Breaking Free"), or empty
     */
    static Optional<Source> of(SentenceView s, int from, int to, String appositive, DocumentMemory memory) {
        int a = from;
        while (a < to && Lexicon.DETERMINERS.contains(s.lower(a))) {
            a++;
        }
        if (a >= to) {
            return Optional.empty();
        }
        int lastTitle = -1;
        for (int i = a; i < to; i++) {
            if (Lexicon.isTitle(s.lower(i)) || s.lower(i).equals("member") && i > a && s.lower(i - 1).equals("council")) {
                lastTitle = i;
            }
        }
        if (lastTitle < 0) {
            return untitled(s, a, to, appositive, memory);
        }
        String title = s.words(a, lastTitle);
        SourceKind kind = titleKind(s, a, lastTitle);
        if (lastTitle == to - 1) {
            return Optional.of(new Source(title.toLowerCase(Locale.ROOT), kind));
        }
        String name = s.words(lastTitle + 1, to - 1);
        Source person = new Source(name + " (" + title + ")", kind);
        memory.rememberPerson(s.token(to - 1).text(), person);
        return Optional.of(person);
    }

    private static Optional<Source> untitled(SentenceView s, int a, int to, String appositive, DocumentMemory memory) {
        for (int i = a; i < to; i++) {
            String w = Words.bare(s.lower(i));
            if (Lexicon.ORGANIZATION_NOUNS.contains(w) || Lexicon.GOVERNMENT_WORDS.contains(w) || s.token(i).acronym()
                    || Lexicon.MEDIA_WORDS.contains(w) || Lexicon.RESEARCH_WORDS.contains(w)) {
                return SourceNames.of(s, a, to, null, memory);
            }
        }
        if (to - a == 1) {
            Optional<Source> known = memory.person(s.token(a).text());
            if (known.isPresent()) {
                return known;
            }
        }
        String name = s.words(a, to - 1);
        if (appositive.isEmpty()) {
            Source person = new Source(name, SourceKind.ORGANIZATION);
            if (to - a >= 2) {
                memory.rememberPerson(s.token(to - 1).text(), person);
            }
            return Optional.of(person);
        }
        Source person = new Source(name + " (" + appositive + ")", appositiveKind(appositive));
        memory.rememberPerson(s.token(to - 1).text(), person);
        return Optional.of(person);
    }

    private static SourceKind titleKind(SentenceView s, int from, int to) {
        boolean research = false;
        boolean media = false;
        for (int i = from; i <= to; i++) {
            String w = Words.bare(s.lower(i));
            if (Lexicon.GOVERNMENT_TITLES.contains(w) || Lexicon.GOVERNMENT_WORDS.contains(w)) {
                return SourceKind.GOVERNMENT;
            }
            research |= Lexicon.RESEARCH_TITLES.contains(w);
            media |= Lexicon.MEDIA_TITLES.contains(w);
        }
        return research ? SourceKind.RESEARCH : media ? SourceKind.MEDIA : SourceKind.ORGANIZATION;
    }

    static SourceKind appositiveKind(String appositive) {
        boolean research = false;
        boolean media = false;
        for (String raw : appositive.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            String w = Words.bare(raw);
            if (Lexicon.GOVERNMENT_TITLES.contains(w) || Lexicon.GOVERNMENT_WORDS.contains(w)) {
                return SourceKind.GOVERNMENT;
            }
            research |= Lexicon.RESEARCH_TITLES.contains(w) || Lexicon.RESEARCH_WORDS.contains(w);
            media |= Lexicon.MEDIA_TITLES.contains(w) || Lexicon.MEDIA_WORDS.contains(w);
        }
        return research ? SourceKind.RESEARCH : media ? SourceKind.MEDIA : SourceKind.ORGANIZATION;
    }
}
