package org.factdesk.api.evidence;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import org.factdesk.api.index.DocumentIndex;

/**
 * What an evidence source may use to answer.
 *
 * @param corpus   the corpus folder (the reference registry lives in {@code corpus/reference/})
 * @param index    the open index of the workspace
 * @param primary  the paths of the documents the corpus manifest marks as primary sources
 * @param limit    the most candidates wanted from this source
 */
public record EvidenceRequest(Path corpus, DocumentIndex index, Set<String> primary, int limit) {
    public EvidenceRequest {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(index, "index");
        primary = Set.copyOf(primary);
    }
}
