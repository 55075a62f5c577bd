package org.factdesk.api.evidence;

import java.util.List;
import java.util.Objects;

import org.factdesk.api.document.Span;

/**
 * One candidate piece of evidence for a flag.
 *
 * @param source     the evidence source's name ({@code registry}, {@code primary-documents}, ...)
 * @param reference  where it is: {@code doc:PATH#START-END} for a passage of a corpus document, or a URL
 * @param passage    the text of the evidence
 * @param highlights the words of {@code passage} that matched the flag, as spans of {@code passage}
 * @param assessment supports, contradicts or related
 * @param reason     why, in words an editor can check ("registry gives 233733 for the same keyword HELP")
 * @param score      relevance, higher first; comparable within one source
 */
public record Evidence(String source, String reference, String passage, List<Span> highlights, Assessment assessment,
                       String reason, double score) {
    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(passage, "passage");
        highlights = List.copyOf(highlights);
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(reason, "reason");
    }
}
