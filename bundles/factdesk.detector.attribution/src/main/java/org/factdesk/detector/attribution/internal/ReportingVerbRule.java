package org.factdesk.detector.attribution.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factdesk.api.document.Span;

/**
 * A source as the subject of a reporting verb: "Police data shows", "A 2022 Minnesota Department of Health report
 * found", "experts say", "Stearns County recorded", "County Attorney Priya Lindgren said", "“...,” Lindgren said".
 *
 * <p>The subject is found by walking back from the verb over words joined by white space (at most
 * {@link Phrases#MAX_WORDS}), skipping an opening such as "In 2023", and taking the first source phrase that runs
 * up to the verb, or up to a tail such as "of 40 client files" after a document noun. It is a source when it ends in
 * a source word ("data", "report", "experts", "partnership") or is a name with an organization or government word
 * in it; a person's name counts only before a verb of speech, and a surname alone only right after a quotation or
 * when the document named that person before. "Residents report", "victims report" and "the law says" are not
 * attributions.
 */
final class ReportingVerbRule implements CueRule {
    /** Verbs that are also nouns; after a name they must be followed by "that", a determiner or a number. */
    private static final Set<String> NOUN_LIKE = Set.of(
            "state", "states", "note", "notes", "document", "documents", "report", "reports", "count", "link", "links",
            "cite", "cites", "find", "estimate", "estimates", "show", "shows", "records");
    private static final Set<String> TAIL_STARTS = Set.of("of", "on", "in", "about", "into", "among", "across", "covering");
    private static final int MAX_TAIL = 8;

    @Override
    public void find(SentenceView s, DocumentMemory memory, List<Cue> out) {
        List<Span> quotes = null;
        for (int v = 1; v < s.size(); v++) {
            Token verb = s.token(v);
            String w = verb.lower();
            if (verb.capitalized() || !Lexicon.REPORTING_VERBS.contains(w)) {
                continue;
            }
            if (v + 1 < s.size() && s.spacedFromPrevious(v + 1) && Lexicon.REPORTING_VERBS.contains(s.lower(v + 1))
                    && Lexicon.DOCUMENT_NOUNS.contains(w)) {
                continue; // "report found": the noun belongs to the subject of the next verb
            }
            int last = v - 1;
            while (last > 0 && s.spacedFromPrevious(last + 1) && Lexicon.AUXILIARIES.contains(s.lower(last))) {
                last--;
            }
            if (!s.spacedFromPrevious(last + 1) || Lexicon.DETERMINERS.contains(s.lower(v - 1))) {
                continue; // "the state hotline", "a report": after a determiner the word is a noun
            }
            int[] subject = subject(s, last + 1);
            if (subject == null || asksAbout(s, subject[0])) {
                continue;
            }
            boolean auxiliary = last < v - 1;
            Optional<Source> source = source(s, subject[0], subject[1], w, auxiliary || isClauseLike(s, v), memory);
            if (source.isEmpty()) {
                continue;
            }
            if (quotes == null) {
                quotes = Quotations.in(s.text(), s.span());
            }
            out.add(cue(s, subject[0], v, source.get(), quotes));
        }
    }

    private static Cue cue(SentenceView s, int subjectStart, int verb, Source source, List<Span> quotes) {
        Cue.Reach forward = Lexicon.OBJECT_VERBS.contains(s.lower(verb)) ? Cue.Reach.CLAUSE : Cue.Reach.FORWARD;
        int start = s.token(subjectStart).start();
        int end = s.token(verb).end();
        if (Lexicon.SPEECH_VERBS.contains(s.lower(verb)) && !quotes.isEmpty()) {
            Span quote = Quotations.nearest(quotes, start);
            if (quote != null) {
                return new Cue(start, end, source, Cue.Reach.QUOTATION, quote.start(), quote.end());
            }
        }
        List<Span> separators = Clauses.separators(s.text(), s.span());
        if (Clauses.endsClause(s.text(), separators, s.span(), end)) {
            return new Cue(start, end, source, Cue.Reach.BACKWARD);
        }
        boolean aside = s.text().startsWith(",", end);
        return new Cue(start, end, source, aside ? Cue.Reach.AROUND : forward);
    }

    /** [start, end) of the subject phrase that ends right before word {@code limit}, or null. */
    private static int[] subject(SentenceView s, int limit) {
        int first = limit - 1;
        while (first > 0 && s.spacedFromPrevious(first) && limit - first < Phrases.MAX_WORDS) {
            first--;
        }
        first = skipOpening(s, first, limit);
        for (int start = first; start < limit; start++) {
            int end = Phrases.end(s, start, limit);
            if (end == start) {
                continue;
            }
            if (end == limit) {
                return new int[] {start, end};
            }
            for (int k = start + 1; k <= end && k < limit; k++) {
                boolean tail = TAIL_STARTS.contains(s.lower(k)) && Lexicon.DOCUMENT_NOUNS.contains(Words.bare(s.lower(k - 1)))
                        && limit - k <= MAX_TAIL;
                if (tail) {
                    return new int[] {start, k};
                }
            }
        }
        return null;
    }

    /** "Here is what the research and local advocates say": a question about sources, not a credited claim. */
    private static boolean asksAbout(SentenceView s, int subjectStart) {
        int clauseStart = Clauses.clauseStart(Clauses.separators(s.text(), s.span()), s.span(), s.token(subjectStart).start());
        for (int i = subjectStart - 1; i >= 0 && s.token(i).start() >= clauseStart; i--) {
            if (Words.hasClosingQuote(s.gapAfter(i))) {
                return false; // the words before are a quotation
            }
            String w = s.lower(i);
            if (w.equals("what") || w.equals("how") || w.equals("whether")) {
                return true;
            }
        }
        return false;
    }

    /** Skips "In 2023", "Since February 2011", "Last year" and the like at the start of the words before a verb. */
    private static int skipOpening(SentenceView s, int first, int limit) {
        int i = first;
        while (i < limit - 1) {
            String w = s.lower(i);
            boolean timeAfterOpening = i > first && (s.token(i).year() || w.matches("\\d{1,2}"));
            if (Lexicon.LEADING_NOISE.contains(w) || timeAfterOpening) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static Optional<Source> source(SentenceView s, int from, int to, String verb, boolean clauseLike,
                                           DocumentMemory memory) {
        int headIndex = headIndex(s, from, to);
        String head = Words.bare(s.lower(headIndex));
        if (Lexicon.NOT_SOURCES.contains(head)) {
            return Optional.empty();
        }
        if ((head.equals("workers") || head.equals("providers") || head.equals("staff") && headIndex > from)
                && !(headIndex - 1 >= from && Lexicon.WORKER_QUALIFIERS.contains(s.lower(headIndex - 1)))) {
            return Optional.empty();
        }
        if (NOUN_LIKE.contains(verb) && !Lexicon.DOCUMENT_NOUNS.contains(head) && !clauseLike) {
            return Optional.empty();
        }
        boolean indefinite = s.lower(from).equals("a") || s.lower(from).equals("an");
        if (indefinite && Lexicon.PEOPLE_NOUNS.contains(head) && !Lexicon.SINGLE_PEOPLE.contains(head)) {
            return Optional.empty(); // "a police report": the verb is a noun
        }
        int a = from;
        while (a < to && Lexicon.DETERMINERS.contains(s.lower(a))) {
            a++;
        }
        if (a >= to) {
            return Optional.empty();
        }
        boolean names = allCapitalized(s, a, to) && !(to - a == 1 && s.opensSentence(a) && isCommonWord(head));
        boolean body = Lexicon.ORGANIZATION_NOUNS.contains(head) || Lexicon.GOVERNMENT_WORDS.contains(head);
        if (names && hasTitle(s, a, to) && !body) {
            return Speakers.of(s, a, to, "", memory);
        }
        if (Lexicon.isSourceHead(head)) {
            return SourceNames.of(s, from, to, null, memory);
        }
        if (!names) {
            return Optional.empty();
        }
        if (hasOrganizationWord(s, a, to) || UsStates.isState(s.words(a, to - 1))) {
            return SourceNames.of(s, from, to, null, memory);
        }
        if (!Lexicon.SPEECH_VERBS.contains(verb) || to - a > 4 || to - a == 1 && Lexicon.PRONOUNS.contains(head)) {
            return Optional.empty();
        }
        boolean afterQuote = Words.hasClosingQuote(s.gapBefore(a));
        if (to - a == 1 && !afterQuote && memory.person(s.token(a).text()).isEmpty()) {
            return Optional.empty();
        }
        return Speakers.of(s, a, to, "", memory);
    }

    /**
     * The word that says what kind of source the phrase is: a document or people noun right before "by", "from",
     * "of" or "at" ("a 2016 study by researchers at ..."), a person right before "for" ("a spokesperson for ..."),
     * else the last word.
     */
    private static int headIndex(SentenceView s, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            String w = Words.bare(s.lower(i));
            String next = s.lower(i + 1);
            boolean owned = next.equals("by") || next.equals("from") || next.equals("of") || next.equals("at");
            boolean speaksFor = next.equals("for") && Lexicon.PEOPLE_NOUNS.contains(w);
            if (owned && (Lexicon.DOCUMENT_NOUNS.contains(w) || Lexicon.PEOPLE_NOUNS.contains(w)) || speaksFor) {
                return i;
            }
        }
        return to - 1;
    }

    /** A verb that is also a noun reads as a verb when "that", a determiner or a number follows it. */
    private static boolean isClauseLike(SentenceView s, int verb) {
        if (verb + 1 >= s.size()) {
            return true;
        }
        String next = s.lower(verb + 1);
        return next.equals("that") || Lexicon.DETERMINERS.contains(next) || Character.isDigit(next.charAt(0))
                || !s.spacedFromPrevious(verb + 1);
    }

    private static boolean allCapitalized(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!s.token(i).capitalized() && !isInnerJoiner(s.lower(i))) {
                return false;
            }
        }
        return s.token(from).capitalized();
    }

    private static boolean isInnerJoiner(String w) {
        return w.equals("of") || w.equals("and") || w.equals("&") || w.equals("for") || w.equals("the");
    }

    private static boolean isCommonWord(String w) {
        return Lexicon.LEADING_NOISE.contains(w) || Lexicon.PRONOUNS.contains(w) || Lexicon.DETERMINERS.contains(w);
    }

    private static boolean hasTitle(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Lexicon.isTitle(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOrganizationWord(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = Words.bare(s.lower(i));
            if (Lexicon.ORGANIZATION_NOUNS.contains(w) || Lexicon.GOVERNMENT_WORDS.contains(w) || s.token(i).acronym()
                    || Lexicon.MEDIA_WORDS.contains(w) || Lexicon.RESEARCH_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
