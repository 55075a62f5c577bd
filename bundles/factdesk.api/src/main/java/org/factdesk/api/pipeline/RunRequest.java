package org.factdesk.api.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * @param corpus  the folder of input documents, read recursively
 * @param out     where {@code flags.jsonl} goes
 * @param data    the workspace: index, caches, journal
 * @param asOf    the date the run treats as today
 * @param threads how many documents to process at once (at least 1)
 */
public record RunRequest(Path corpus, Path out, Path data, LocalDate asOf, int threads) {
    public RunRequest {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(asOf, "asOf");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
