package org.factdesk.detector.citation.internal;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.document.Span;

/**
 * Whose law a bare citation ("state statutes 609.321-324", "§ 53a-82", "Penal Code § 647") is: the state
 * most named in its sentence, else the state most named in the whole document, else unknown (the empty
 * string). Computed once per document, on the first lookup: most documents cite nothing that needs a
 * jurisdiction, and for them the scan for state names is skipped. Each lookup reads a bounded window.
 */
final class JurisdictionContext {
    /** How far around a citation, within its sentence, state names are counted. */
    private static final int REACH = 300;

    private final AnalyzedDocument document;
    private StateNames.Mentions mentions;
    private String documentState;

    JurisdictionContext(AnalyzedDocument document) {
        this.document = document;
    }

    /** The postal code of the state the citation at {@code [start, end)} belongs to, or the empty string. */
    String stateAround(int start, int end) {
        if (mentions == null) {
            mentions = StateNames.find(document.text());
            documentState = StateNames.dominant(mentions.count(0, document.text().length()));
        }
        Span sentence = document.sentenceAt(start);
        int from = sentence.length() == 0 ? start : Math.min(sentence.start(), start);
        int to = sentence.length() == 0 ? end : Math.max(sentence.end(), end);
        from = Math.max(from, start - REACH);
        to = Math.min(Math.min(to, end + REACH), document.text().length());
        String local = StateNames.dominant(mentions.count(from, to));
        return local.isEmpty() ? documentState : local;
    }
}
