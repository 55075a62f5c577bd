package org.factdesk.detector.attribution.internal;

import java.util.List;
import java.util.Optional;

import org.factdesk.api.document.Span;

/**
 * A speaker named before a verb of speech with a role between commas: "Dr. Helen Park, a pediatrician at
 * Children’s Minnesota, said most patients are 14 to 17." The name is the capitalized run before the first comma,
 * the role what lies between the commas (at most {@link #MAX_ROLE_WORDS} words).
 */
final class AppositiveSpeakerRule implements CueRule {
    private static final int MAX_ROLE_WORDS = 12;
    private static final int MAX_NAME_WORDS = 5;

    @Override
    public void find(SentenceView s, DocumentMemory memory, List<Cue> out) {
        if (s.count(',') < 2) {
            return; // the role stands between two commas, each alone between two words
        }
        for (int v = 3; v < s.size(); v++) {
            if (!Lexicon.SPEECH_VERBS.contains(s.lower(v)) || s.token(v).capitalized() || !s.gapBefore(v).strip().equals(",")) {
                continue;
            }
            int roleStart = v - 1;
            while (roleStart > 0 && v - roleStart < MAX_ROLE_WORDS && !s.gapBefore(roleStart).strip().equals(",")) {
                roleStart--;
            }
            if (roleStart <= 0 || !s.gapBefore(roleStart).strip().equals(",")) {
                continue;
            }
            int nameStart = roleStart - 1;
            while (nameStart > 0 && roleStart - nameStart < MAX_NAME_WORDS && s.spacedFromPrevious(nameStart)
                    && s.token(nameStart - 1).capitalized()) {
                nameStart--;
            }
            if (!isName(s, nameStart, roleStart) || !isRole(s, roleStart, v)) {
                continue;
            }
            String role = s.text().substring(s.token(roleStart).start(), s.token(v - 1).end());
            Optional<Source> source = Speakers.of(s, nameStart, roleStart, role, memory);
            if (source.isPresent()) {
                out.add(cue(s, nameStart, v, source.get()));
            }
        }
    }

    /** Two or more capitalized words, none of them an opening word such as "In" or "For". */
    private static boolean isName(SentenceView s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            if (!s.token(i).capitalized() || Lexicon.LEADING_NOISE.contains(w) || Lexicon.DETERMINERS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "a pediatrician at ...", "executive director of ...": opens with an article or holds a title. */
    private static boolean isRole(SentenceView s, int from, int to) {
        String first = s.lower(from);
        if (first.equals("a") || first.equals("an") || first.equals("the")) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (Lexicon.isTitle(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static Cue cue(SentenceView s, int nameStart, int verb, Source source) {
        int start = s.token(nameStart).start();
        int end = s.token(verb).end();
        List<Span> quotes = Quotations.in(s.text(), s.span());
        Span quote = Quotations.nearest(quotes, end);
        if (quote != null) {
            return new Cue(start, end, source, Cue.Reach.QUOTATION, quote.start(), quote.end());
        }
        return new Cue(start, end, source, Cue.Reach.FORWARD);
    }
}
