package org.factdesk.detector.attribution.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factdesk.api.document.Span;

/**
 * A quotation followed by a verb of speech and then the speaker: "“...,” said Police Chief Dana Ruelle.",
 * "“...,” says Jane Doe, executive director of Breaking Free.", "“...,” said a spokesperson for the Minneapolis
 * Police Department." (the department, with the role in brackets), "“...,” said Jane Cho of the Duluth Human Rights
 * Office." (the person, with the body in brackets), "“...,” said the mayor." The claim is the quotation.
 */
final class SpeakerAfterQuoteRule implements CueRule {
    private static final Set<String> ROLE_LINKS = Set.of("for", "of", "at", "with");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whose", "where", "when");
    private static final int MAX_SPEAKER_WORDS = 6;
    private static final int MAX_APPOSITIVE_WORDS = 12;

    @Override
    public void find(SentenceView s, DocumentMemory memory, List<Cue> out) {
        if (s.count('”') == 0 && s.count('"') == 0) {
            return; // the verb must follow a closing quotation mark, which lies between two words of the sentence
        }
        for (int v = 1; v + 1 < s.size(); v++) {
            if (!Lexicon.SPEECH_VERBS.contains(s.lower(v)) || s.token(v).capitalized()
                    || !Words.hasClosingQuote(s.gapBefore(v)) || !s.spacedFromPrevious(v + 1)) {
                continue;
            }
            int start = v + 1;
            int i = start;
            while (i < s.size() && Lexicon.DETERMINERS.contains(s.lower(i))) {
                i++;
            }
            int runStart = i;
            while (i < s.size() && i - runStart < MAX_SPEAKER_WORDS && s.spacedFromPrevious(i)
                    && (s.token(i).capitalized() || Lexicon.isTitle(s.lower(i)))) {
                i++;
            }
            if (i == runStart) {
                continue;
            }
            Optional<Source> source;
            int cueEnd = s.token(i - 1).end();
            int organization = organizationAfter(s, i);
            String appositive = appositive(s, i);
            if (organization > 0) {
                int orgEnd = NameRuns.end(s, organization);
                Optional<Source> body = SourceNames.of(s, organization, orgEnd, null, memory);
                String speaker = s.words(runStart, i - 1);
                boolean person = s.token(runStart).capitalized() && !hasTitle(s, runStart, i);
                source = body.map(b -> person
                        ? new Source(speaker + " (" + Words.withoutPossessive(s.words(organization, orgEnd - 1)) + ")", b.kind())
                        : new Source(b.name() + " (" + speaker + ")", b.kind()));
                cueEnd = s.token(orgEnd - 1).end();
            } else {
                source = Speakers.of(s, start, i, appositive, memory);
                if (!appositive.isEmpty()) {
                    cueEnd = appositiveEnd(s, i);
                }
            }
            if (source.isEmpty()) {
                continue;
            }
            Span quote = Quotations.nearest(Quotations.in(s.text(), s.span()), s.token(v).start());
            out.add(quote == null
                    ? new Cue(s.token(v).start(), cueEnd, source.get(), Cue.Reach.BACKWARD)
                    : new Cue(s.token(v).start(), cueEnd, source.get(), Cue.Reach.QUOTATION, quote.start(), quote.end()));
        }
    }

    private static boolean hasTitle(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Lexicon.isTitle(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** "a spokesperson for the Minneapolis Police Department": the first word of the body, or -1. */
    private static int organizationAfter(SentenceView s, int i) {
        if (i + 1 >= s.size() || !s.spacedFromPrevious(i) || !ROLE_LINKS.contains(s.lower(i))) {
            return -1;
        }
        int j = i + 1;
        while (j < s.size() && Lexicon.DETERMINERS.contains(s.lower(j))) {
            j++;
        }
        return j < s.size() && s.token(j).capitalized() ? j : -1;
    }

    /**
     * ", executive director of Breaking Free" after the name, up to the end of the sentence; or empty. A relative
     * clause (", who runs the drop-in center") says what the person does, not whom they speak for.
     */
    private static String appositive(SentenceView s, int i) {
        if (i >= s.size() || !s.gapBefore(i).strip().equals(",") || RELATIVE.contains(s.lower(i))) {
            return "";
        }
        int end = appositiveEnd(s, i);
        return s.text().substring(s.token(i).start(), end);
    }

    private static int appositiveEnd(SentenceView s, int i) {
        int last = Math.min(s.size(), i + MAX_APPOSITIVE_WORDS) - 1;
        return s.token(last).end();
    }
}
