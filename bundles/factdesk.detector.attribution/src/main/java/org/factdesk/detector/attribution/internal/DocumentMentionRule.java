package org.factdesk.detector.attribution.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factdesk.api.document.Span;

/**
 * A claim placed in a document: "... as their primary motivator in a 2023 county survey", "In a 2021 report by the
 * Minnesota Department of Health, ...". The phrase after "in" or "from" and a determiner must end in a document
 * noun (survey, report, study, analysis, ...), so "in a hotel" or "from the state" are not attributions.
 */
final class DocumentMentionRule implements CueRule {
    private static final Set<String> LEADS = Set.of("in", "from");
    /** Not "its" or "their": "In its 2021 report, the network documented ..." is the network's, credited by its verb. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "one", "our");

    @Override
    public void find(SentenceView s, DocumentMemory memory, List<Cue> out) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (!LEADS.contains(s.lower(i)) || !DETERMINERS.contains(s.lower(i + 1)) || !s.spacedFromPrevious(i + 1)) {
                continue;
            }
            int end = Phrases.end(s, i + 1, s.size());
            int head = documentHead(s, i + 2, end);
            if (head < 0) {
                continue;
            }
            if (isFieldOfStudy(s, head)) {
                continue;
            }
            int to = end;
            if (head < end - 1 && !isOwnerLink(s.lower(head + 1))) {
                to = head + 1;
            }
            Optional<Source> source = SourceNames.of(s, i + 1, to, null, memory);
            if (source.isEmpty()) {
                continue;
            }
            int cueEnd = s.token(to - 1).end();
            List<Span> separators = Clauses.separators(s.text(), s.span());
            Cue.Reach reach = Clauses.endsClause(s.text(), separators, s.span(), cueEnd) ? Cue.Reach.BACKWARD : Cue.Reach.AROUND;
            out.add(new Cue(s.token(i).start(), cueEnd, source.get(), reach));
        }
    }

    /** The last document noun in the phrase, where it is the phrase's head or followed by "by"/"from"/"of"; else -1. */
    private static int documentHead(SentenceView s, int from, int end) {
        for (int k = end - 1; k >= from; k--) {
            if (Lexicon.DOCUMENT_NOUNS.contains(s.lower(k)) && !s.lower(k).equals("evidence")) {
                return k == end - 1 || isOwnerLink(s.lower(k + 1)) ? k : -1;
            }
        }
        return -1;
    }

    /** "in the study of sex trafficking": a field, not a document; a document's "of" names who made it. */
    private static boolean isFieldOfStudy(SentenceView s, int head) {
        if (head + 2 >= s.size() || !s.lower(head + 1).equals("of") || !s.spacedFromPrevious(head + 2)) {
            return false;
        }
        Token next = s.token(head + 2);
        return !next.capitalized() && !Lexicon.DETERMINERS.contains(next.lower());
    }

    private static boolean isOwnerLink(String w) {
        return w.equals("by") || w.equals("from") || w.equals("of");
    }
}
