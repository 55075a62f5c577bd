package org.factdesk.api.pipeline;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a run.
 *
 * @param documents    documents found in the corpus
 * @param processed    documents parsed and analysed in this run
 * @param unchanged    documents skipped because their content and the detectors were unchanged
 * @param bytes        bytes read
 * @param flagsByType  number of flags per type, sorted by type
 * @param errors       one line per file that could not be ingested, naming the file and the reason
 * @param flagsFile    the {@code flags.jsonl} written
 * @param millis       wall-clock time of the run
 */
public record RunReport(int documents, int processed, int unchanged, long bytes, Map<String, Integer> flagsByType,
                        List<String> errors, Path flagsFile, long millis) {
    public RunReport {
        flagsByType = Collections.unmodifiableMap(new TreeMap<>(flagsByType));
        errors = List.copyOf(errors);
    }

    public int flags() {
        return flagsByType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
