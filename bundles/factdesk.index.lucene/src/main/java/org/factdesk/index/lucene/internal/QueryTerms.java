package org.factdesk.index.lucene.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.factdesk.api.document.Span;

/**
 * Highlighting without a second index: the query's terms in one field are collected with a
 * {@link QueryVisitor}, and the passage is re-analysed to find the tokens that equal one of them. Exact for term
 * and phrase queries (each word of a phrase is marked); wildcard and fuzzy terms are not highlighted.
 */
final class QueryTerms {
    private QueryTerms() {
    }

    static Set<String> of(Query query, String field) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> out = new HashSet<>();
        for (Term t : terms) {
            if (t.field().equals(field)) {
                out.add(t.text());
            }
        }
        return out;
    }

    static List<Span> highlight(Analyzer analyzer, String field, String text, Set<String> terms) throws IOException {
        List<Span> spans = new ArrayList<>();
        if (terms.isEmpty()) {
            return spans;
        }
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString())) {
                    spans.add(new Span(offset.startOffset(), offset.endOffset()));
                }
            }
            ts.end();
        }
        return spans;
    }
}
