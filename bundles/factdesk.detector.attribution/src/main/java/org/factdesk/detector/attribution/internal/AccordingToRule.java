package org.factdesk.detector.attribution.internal;

import java.util.List;
import java.util.Optional;

import org.factdesk.api.document.Span;

/**
 * "according to X", "as reported by X" / "as reported in X", "per X" and "based on X". The source is the phrase
 * after the cue; it must end in a source word or a name, so "according to your needs", "according to the plan" and
 * "according to Minnesota law" are not attributions. "per" needs a capitalized name or "the" after it ("per the
 * FBI", not "per visit"), and "based on" a source word ("based on hotline data", not "based on your answers"). The
 * claim is the rest of the clause.
 */
final class AccordingToRule implements CueRule {
    @Override
    public void find(SentenceView s, DocumentMemory memory, List<Cue> out) {
        for (int i = 0; i + 1 < s.size(); i++) {
            int phrase = phraseStart(s, i);
            if (phrase < 0 || phrase >= s.size() || !s.spacedFromPrevious(phrase)) {
                continue;
            }
            int end = Phrases.end(s, phrase, s.size());
            if (end == phrase || !endsInSourceOrName(s, end - 1)) {
                continue;
            }
            boolean basedOn = s.lower(i).equals("based");
            if (basedOn && !Lexicon.isSourceHead(Words.bare(s.lower(end - 1)))) {
                continue;
            }
            if (end < s.size() && s.spacedFromPrevious(end) && Lexicon.NOT_SOURCES.contains(Words.bare(s.lower(end)))) {
                continue;
            }
            if (modifiesAnotherNoun(s, end)) {
                continue; // "according to staff availability": the people noun is a modifier
            }
            Optional<Source> source = isNameOnly(s, phrase, end)
                    ? Speakers.of(s, phrase, end, "", memory)
                    : SourceNames.of(s, phrase, end, null, memory);
            if (source.isPresent()) {
                int cueEnd = s.token(end - 1).end();
                List<Span> separators = Clauses.separators(s.text(), s.span());
                Cue.Reach reach = Clauses.endsClause(s.text(), separators, s.span(), cueEnd) ? Cue.Reach.BACKWARD : Cue.Reach.AROUND;
                out.add(new Cue(s.token(i).start(), cueEnd, source.get(), reach));
            }
        }
    }

    /** The first word of the source phrase when a cue starts at word {@code i}, else -1. */
    private static int phraseStart(SentenceView s, int i) {
        if (s.lower(i).equals("according") && s.lower(i + 1).equals("to") && s.spacedFromPrevious(i + 1)) {
            return i + 2;
        }
        if (i + 2 < s.size() && s.lower(i).equals("as") && s.lower(i + 1).equals("reported") && s.spacedFromPrevious(i + 1)
                && (s.lower(i + 2).equals("by") || s.lower(i + 2).equals("in")) && s.spacedFromPrevious(i + 2)) {
            return i + 3;
        }
        if (s.lower(i).equals("per") && s.spacedFromPrevious(i + 1)
                && (s.token(i + 1).capitalized() || s.lower(i + 1).equals("the"))) {
            return i + 1;
        }
        if (s.lower(i).equals("based") && s.lower(i + 1).equals("on") && s.spacedFromPrevious(i + 1)) {
            return i + 2;
        }
        return -1;
    }

    /** A people noun followed by an unknown lower-case noun: "staff availability", "police policy". */
    private static boolean modifiesAnotherNoun(SentenceView s, int end) {
        if (end >= s.size() || !s.spacedFromPrevious(end) || !Lexicon.PEOPLE_NOUNS.contains(Words.bare(s.lower(end - 1)))) {
            return false;
        }
        Token next = s.token(end);
        String w = next.lower();
        return !next.capitalized() && !Character.isDigit(w.charAt(0)) && !Lexicon.DETERMINERS.contains(w)
                && !Lexicon.PRONOUNS.contains(w) && !Lexicon.VAGUE_MODIFIERS.contains(w) && !Lexicon.LEADING_NOISE.contains(w)
                && !w.equals("that");
    }

    private static boolean endsInSourceOrName(SentenceView s, int last) {
        Token t = s.token(last);
        return t.capitalized() || Lexicon.isSourceHead(Words.bare(t.lower())) || Lexicon.isTitle(t.lower());
    }

    /** Only capitalized words after the determiners: a person or an organization named without source words. */
    private static boolean isNameOnly(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!s.token(i).capitalized() && !Lexicon.DETERMINERS.contains(s.lower(i))) {
                return false;
            }
        }
        return true;
    }
}
