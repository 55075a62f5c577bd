package org.factdesk.api.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.factdesk.api.detect.Flag;

/**
 * The corpus as a stage sees it.
 *
 * @param request the run's request (corpus, workspace, date)
 * @param flags   every flag so far of the types and documents the stage reads ({@link CorpusStage#TYPES},
 *                {@link CorpusStage#documents}), sorted by document and offset
 * @param texts   the extracted text of a document by its path, when it is in the corpus
 */
public record CorpusView(RunRequest request, List<Flag> flags, Function<String, Optional<String>> texts) {
    public CorpusView {
        Objects.requireNonNull(request, "request");
        flags = List.copyOf(flags);
        Objects.requireNonNull(texts, "texts");
    }
}
