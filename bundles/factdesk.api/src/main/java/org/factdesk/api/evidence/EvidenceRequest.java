package org.factdesk.api.evidence;

import java.nio.file.Path;
import java.util.Objects;

import org.factdesk.api.index.DocumentIndex;

/**
 * What an evidence source may use to answer.
 *
 * @param corpus   the corpus folder: its {@code manifest.json} says which documents are primary sources, and the
 *                 reference registry lives in {@code corpus/reference/}
 * @param index    the open index of the workspace
 * @param limit    the most candidates wanted from this source
 */
public record EvidenceRequest(Path corpus, DocumentIndex index, int limit) {
    public EvidenceRequest {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(index, "index");
    }
}
