package org.factdesk.api.pipeline;

import java.io.IOException;

import org.osgi.annotation.versioning.ProviderType;

/** The main job: ingests a corpus, runs every detector, updates the index and writes {@code flags.jsonl}. */
@ProviderType
public interface Pipeline {
    /**
     * Runs the job. Files that cannot be read or parsed are reported in {@link RunReport#errors()} and the rest
     * are processed; only a failure that stops the whole run (the corpus or output folder unusable) throws.
     */
    RunReport run(RunRequest request, ProgressListener progress) throws IOException;
}
