package org.factdesk.detector.attribution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a source phrase into its canonical short name and kind.
 *
 * <p>The name is the phrase's proper name, if it has one, with the document words after it in brackets:
 * "A 2022 Minnesota Department of Health report" gives {@code Minnesota Department of Health (2022 report)},
 * "Windham Hospital outreach data" gives {@code Windham Hospital (outreach data)}, "a study by the University of
 * Minnesota" gives {@code University of Minnesota (study)}. Without a proper name it is the phrase in lower case
 * with the year in brackets: "a 2023 county survey" gives {@code county survey (2023)}, and a vague source is
 * marked: "recent statistics" gives {@code recent statistics (unnamed)}. Determiners are dropped. A definite
 * organization noun on its own ("the partnership") and "the same review" are resolved through
 * {@link DocumentMemory} to what the document named before; an indefinite one ("a county survey") is left as
 * written, since guessing which county would put words in the page's mouth.
 */
final class SourceNames {
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    /** "a 2021 study published by the Urban Institute": the verb before "by" is not part of the document's name. */
    private static final Set<String> MAKING_VERBS = Set.of(
            "published", "conducted", "released", "commissioned", "prepared", "funded", "produced", "issued");

    private SourceNames() {
    }

    /**
     * The source named by words {@code from} to {@code to} (exclusive) of the sentence, or empty when they do not
     * name one (a law, a pronoun, nothing left after the determiners).
     *
     * @param extraYear a year cited apart from the phrase, as in "(Polaris Project, 2021)", or null
     */
    static Optional<Source> of(SentenceView s, int from, int to, String extraYear, DocumentMemory memory) {
        int a = from;
        while (a < to && Lexicon.DETERMINERS.contains(s.lower(a))) {
            a++;
        }
        int b = to;
        while (b > a && Phrases.isJoiner(s.lower(b - 1))) {
            b--;
        }
        if (a >= b) {
            return Optional.empty();
        }
        String head = Words.bare(s.lower(b - 1));
        if (Lexicon.NOT_SOURCES.contains(head) || b - a == 1 && Lexicon.PRONOUNS.contains(head)) {
            return Optional.empty();
        }
        int[] owner = owner(s, a, b);
        int documentEnd = owner == null ? b : owner[2];
        List<Token> rest = new ArrayList<>();
        for (int i = a; i < documentEnd; i++) {
            if (owner == null || i < owner[0] || i >= owner[1]) {
                rest.add(s.token(i));
            }
        }
        if (owner == null) {
            rest = afterLastConnector(rest);
        }
        String year = extraYear;
        List<String> words = new ArrayList<>();
        for (Token t : rest) {
            if (t.year()) {
                year = year == null ? t.text() : year;
            } else if (!Phrases.isJoiner(t.lower()) && !MAKING_VERBS.contains(t.lower())) {
                words.add(t.acronym() ? t.text() : t.lower());
            }
        }
        String ownerName = owner == null ? "" : Words.withoutPossessive(s.words(owner[0], owner[1] - 1));
        if (ownerName.isEmpty()) {
            Optional<Source> recalled = recall(words, memory);
            if (recalled.isPresent()) {
                return recalled;
            }
            boolean definite = a > from && DEFINITE.contains(s.lower(a - 1));
            if (definite && words.size() == 1 && Lexicon.ORGANIZATION_NOUNS.contains(Words.bare(words.get(0)))) {
                Optional<String> named = memory.organization(Words.bare(words.get(0)));
                if (named.isPresent()) {
                    ownerName = named.get();
                    words.clear();
                }
            }
        }
        String docHead = words.isEmpty() ? "" : Words.bare(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
        SourceKind kind = kind(ownerName, words, docHead);
        return Optional.of(new Source(name(ownerName, words, year, kind), kind));
    }

    /**
     * The proper name inside the phrase as {start, end, end of the document words}, or null when it has none.
     * In "a 2016 study by researchers at the University of Texas at Austin" the name is the owner after "by" and
     * the document words are those before it ("2016 study").
     */
    private static int[] owner(SentenceView s, int a, int b) {
        for (int k = a + 1; k < b - 1; k++) {
            String w = s.lower(k);
            String before = Words.bare(s.lower(k - 1));
            boolean split = w.equals("by") || w.equals("from")
                    || w.equals("of") && Lexicon.DOCUMENT_NOUNS.contains(before)
                    || (w.equals("for") || w.equals("of") || w.equals("at")) && Lexicon.PEOPLE_NOUNS.contains(before);
            if (split) {
                int[] after = owner(s, skipDeterminers(s, k + 1, b), b);
                if (after != null) {
                    return new int[] {after[0], after[1], k};
                }
            }
        }
        for (int i = a; i < b; i++) {
            if (isNameStart(s, i, a, b)) {
                int end = NameRuns.end(s, i, b);
                return new int[] {i, end, b};
            }
        }
        return null;
    }

    private static int skipDeterminers(SentenceView s, int i, int b) {
        while (i < b && Lexicon.DETERMINERS.contains(s.lower(i))) {
            i++;
        }
        return i;
    }

    /**
     * A capitalized word starts a name, except a word that opens the sentence and is a common source word
     * ("Police data", "National research"), unless the next word is a capitalized name word too
     * ("National Human Trafficking Hotline").
     */
    private static boolean isNameStart(SentenceView s, int i, int a, int b) {
        Token t = s.token(i);
        String w = Words.bare(t.lower());
        if (!t.capitalized() || Lexicon.NON_NAME_LEADS.contains(w) || t.year()) {
            return false;
        }
        if (s.opensSentence(i) && isCommonSourceWord(w)) {
            return i + 1 < b && s.spacedFromPrevious(i + 1) && s.token(i + 1).capitalized()
                    && !isCommonSourceWord(s.lower(i + 1));
        }
        return true;
    }

    private static boolean isCommonSourceWord(String w) {
        return Lexicon.DOCUMENT_NOUNS.contains(w) || Lexicon.PEOPLE_NOUNS.contains(w) || Lexicon.VAGUE_MODIFIERS.contains(w)
                || Lexicon.MODIFIERS.contains(w) || Lexicon.DETERMINERS.contains(w);
    }

    /**
     * Without a proper name: "data from a 2023 survey" is the survey (what follows "from" or "by" made the data),
     * "a recent analysis of court records" is the analysis (what follows "of" or "on" is its subject).
     */
    private static List<Token> afterLastConnector(List<Token> rest) {
        int cut = 0;
        int end = rest.size();
        for (int i = 0; i < rest.size() - 1; i++) {
            String w = rest.get(i).lower();
            if (w.equals("from") || w.equals("by")) {
                cut = i + 1;
                end = rest.size();
            } else if ((w.equals("of") || w.equals("on")) && end == rest.size() && i > cut) {
                end = i;
            }
        }
        List<Token> out = new ArrayList<>(rest.subList(cut, end));
        for (int i = 0; i < cut; i++) {
            if (rest.get(i).year()) {
                out.add(0, rest.get(i));
            }
        }
        return out;
    }

    /** "the same review" is the review the document cited last. */
    private static Optional<Source> recall(List<String> words, DocumentMemory memory) {
        if (words.size() >= 2 && words.contains("same")) {
            return memory.source(Words.bare(words.get(words.size() - 1)));
        }
        return Optional.empty();
    }

    static SourceKind kind(String owner, List<String> words, String head) {
        for (String w : words) {
            if (Lexicon.GOVERNMENT_TITLES.contains(Words.bare(w.toLowerCase(Locale.ROOT))) && w.length() > 2
                    && (w.endsWith("’s") || w.endsWith("'s"))) {
                return SourceKind.GOVERNMENT; // "the mayor’s office", "the sheriff’s department"
            }
        }
        if (owner.isEmpty()) {
            if (isVague(words, head)) {
                return SourceKind.UNNAMED;
            }
            if (Lexicon.GOVERNMENT_HEADS.contains(head)) {
                return SourceKind.GOVERNMENT;
            }
            return byHead(head, SourceKind.ORGANIZATION);
        }
        List<String> ownerWords = new ArrayList<>();
        for (String w : owner.split("\\s+")) {
            ownerWords.add(w);
        }
        if (isGovernment(ownerWords) || Lexicon.GOVERNMENT_HEADS.contains(head)) {
            return SourceKind.GOVERNMENT; // "Boise police" as well as "Boise Police Department"
        }
        if (containsAny(ownerWords, Lexicon.MEDIA_WORDS)) {
            return SourceKind.MEDIA;
        }
        SourceKind byHead = byHead(head, null);
        if (byHead != null) {
            return byHead;
        }
        return containsAny(ownerWords, Lexicon.RESEARCH_WORDS) ? SourceKind.RESEARCH : SourceKind.ORGANIZATION;
    }

    /**
     * Vague: a group of people with no name ("experts", "outreach workers", "local advocates"), or a document
     * noun with only vague modifiers ("recent statistics", "national research", "a 2021 study").
     */
    private static boolean isVague(List<String> words, String head) {
        if (Lexicon.PEOPLE_NOUNS.contains(head) && !Lexicon.GOVERNMENT_HEADS.contains(head)) {
            return true;
        }
        if (!Lexicon.VAGUE_HEADS.contains(head)) {
            return false;
        }
        for (int i = 0; i < words.size() - 1; i++) {
            if (!Lexicon.VAGUE_MODIFIERS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static SourceKind byHead(String head, SourceKind otherwise) {
        if (Lexicon.SURVEY_HEADS.contains(head)) {
            return SourceKind.SURVEY;
        }
        if (Lexicon.DATA_HEADS.contains(head)) {
            return SourceKind.DATA;
        }
        if (Lexicon.RESEARCH_HEADS.contains(head)) {
            return SourceKind.RESEARCH;
        }
        if (Lexicon.MEDIA_HEADS.contains(head)) {
            return SourceKind.MEDIA;
        }
        return otherwise;
    }

    /**
     * A government body: a name with a government word ("Department", "County", "Census", "PD"), a government
     * acronym ("FBI"), or a state on its own ("Minnesota", "State of Minnesota"). A state inside another name
     * ("University of Minnesota") does not make it one.
     */
    static boolean isGovernment(List<String> ownerWords) {
        if (ownerWords.size() == 1 && Lexicon.GOVERNMENT_ACRONYMS.contains(ownerWords.get(0))) {
            return true;
        }
        if (containsAny(ownerWords, Lexicon.RESEARCH_WORDS)) {
            return false;
        }
        String joined = String.join(" ", ownerWords);
        if (UsStates.isState(joined) || joined.startsWith("State of ") && UsStates.isState(joined.substring(9))) {
            return true;
        }
        for (String w : ownerWords) {
            if (Lexicon.GOVERNMENT_ACRONYMS.contains(w)) {
                return true;
            }
        }
        String lastWord = ownerWords.get(ownerWords.size() - 1).toLowerCase(Locale.ROOT);
        String firstWord = ownerWords.get(0).toLowerCase(Locale.ROOT);
        boolean placeBody = Lexicon.PLACE_BODY_WORDS.contains(lastWord)
                || ownerWords.size() > 2 && Lexicon.PLACE_BODY_WORDS.contains(firstWord) && ownerWords.get(1).equals("of");
        return placeBody || containsAny(ownerWords, Lexicon.GOVERNMENT_WORDS);
    }

    private static boolean containsAny(List<String> words, Set<String> set) {
        for (String w : words) {
            if (set.contains(Words.bare(w.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static String name(String owner, List<String> words, String year, SourceKind kind) {
        List<String> qualifiers = new ArrayList<>();
        String docWords = String.join(" ", words);
        if (!owner.isEmpty()) {
            String inBrackets = year == null ? docWords : (year + " " + docWords).strip();
            return inBrackets.isEmpty() ? owner : owner + " (" + inBrackets + ")";
        }
        if (year != null) {
            qualifiers.add(year);
        }
        if (kind == SourceKind.UNNAMED) {
            qualifiers.add("unnamed");
        }
        return qualifiers.isEmpty() ? docWords : docWords + " (" + String.join(", ", qualifiers) + ")";
    }
}
