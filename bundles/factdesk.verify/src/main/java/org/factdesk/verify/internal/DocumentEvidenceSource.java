package org.factdesk.verify.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.evidence.Assessment;
import org.factdesk.api.evidence.Evidence;
import org.factdesk.api.evidence.EvidenceRequest;
import org.factdesk.api.evidence.EvidenceSource;
import org.factdesk.api.index.SearchHit;
import org.osgi.service.component.annotations.Component;

/**
 * Evidence from the primary documents of the corpus: a BM25 search on the claim's sentence, with the claim's own
 * numbers boosted, over passages of the documents the manifest marks primary (all other documents when it marks
 * none), never the flag's own document. Each passage is assessed: the same quantity with the same number
 * supports, with another number contradicts, anything else is related.
 */
@Component(property = EvidenceSource.NAME + "=primary-documents")
public final class DocumentEvidenceSource implements EvidenceSource {
    private static final int SEARCH_DEPTH = 50;

    @Override
    public List<Evidence> candidates(Flag flag, EvidenceRequest request) throws IOException {
        String query = query(flag);
        if (query.isEmpty()) {
            return List.of();
        }
        Set<String> primaryDocuments = CorpusManifest.primaryDocuments(request.corpus());
        List<Evidence> out = new ArrayList<>();
        for (SearchHit hit : request.index().search(query, SEARCH_DEPTH)) {
            boolean primary = primaryDocuments.isEmpty() || primaryDocuments.contains(hit.doc());
            if (!primary || hit.doc().equals(flag.doc())) {
                continue;
            }
            out.add(assess(flag, hit));
            if (out.size() >= request.limit()) {
                break;
            }
        }
        return out;
    }

    static Evidence assess(Flag flag, SearchHit hit) {
        String reference = "doc:" + hit.doc() + "#" + hit.passage().start() + "-" + hit.passage().end();
        Set<String> claimWords = Quantities.keyWords(flag.context(), flag.text());
        List<String> claimNumbers = Quantities.numbers(flag.text());
        Assessment assessment = Assessment.RELATED;
        String reason = "shares words with the claim's sentence";
        if (!claimNumbers.isEmpty()) {
            for (String sentence : hit.text().split("(?<=[.!?])\\s+")) {
                List<String> numbers = Quantities.numbers(sentence);
                Set<String> words = Quantities.contentWords(sentence, Integer.MAX_VALUE, false);
                if (numbers.isEmpty() || Quantities.common(claimWords, words) < ConflictFinder.MIN_SHARED_WORDS) {
                    continue;
                }
                if (numbers.containsAll(claimNumbers)) {
                    assessment = Assessment.SUPPORTS;
                    reason = "gives the same value (" + String.join(", ", claimNumbers) + ") for the same quantity";
                } else {
                    assessment = Assessment.CONTRADICTS;
                    reason = "gives " + String.join(", ", numbers) + " where the claim gives "
                            + String.join(", ", claimNumbers) + ": a difference to resolve";
                }
                break;
            }
        }
        return new Evidence("primary-documents", reference, hit.text(), hit.highlights(), assessment, reason, hit.score());
    }

    /** The sentence's content words, OR-ed, with the claim's numbers boosted; query syntax escaped. */
    static String query(Flag flag) {
        Set<String> terms = new LinkedHashSet<>();
        for (String n : Quantities.numbers(flag.text())) {
            for (String part : n.replace("%", "").split("-")) {
                if (!part.isEmpty()) {
                    terms.add("\"" + part + "\"^3");
                }
            }
        }
        for (String w : Quantities.contentWords(flag.context(), 30, false)) {
            terms.add(escape(w));
        }
        return String.join(" ", terms);
    }

    private static String escape(String word) {
        return word.replaceAll("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])", "\\\\$1");
    }
}
