package org.factdesk.api.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds the dataset from a workspace (flags, journal, corpus manifest) and runs the exporters: every registered
 * one, or those named. Writes each file atomically, then a {@code manifest.json} (counts, schema versions,
 * SHA-256 checksums, the state's time) and a {@code changes.json} against the previous export.
 */
@ProviderType
public interface ExportService {
    /**
     * @param formats the exporters to run by {@link Exporter#FORMAT}; empty for all
     * @return the summary of what was written
     * @throws IllegalArgumentException naming a format no installed exporter provides
     */
    ExportSummary export(Path workspace, Path corpus, Path directory, List<String> formats, boolean includeUnverified,
                         LocalDate asOf) throws IOException;

    /**
     * @param files     the files written, relative to the export folder
     * @param resources resources exported
     * @param phones    phone numbers exported
     * @param claims    claims exported
     * @param added     records added since the previous export
     * @param removed   records removed since
     * @param changed   records changed since
     */
    record ExportSummary(List<String> files, int resources, int phones, int claims, int added, int removed, int changed) {
        public ExportSummary {
            files = List.copyOf(files);
        }
    }
}
