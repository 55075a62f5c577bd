package org.factdesk.pipeline.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Remembers in the workspace which corpus it was built from ({@code corpus.path}), so that later commands on the
 * workspace (show, review, export) find the corpus's manifest and reference registry without being told again.
 */
final class Workspace {
    static final String CORPUS_FILE = "corpus.path";

    private Workspace() {
    }

    static void recordCorpus(Path workspace, Path corpus) throws IOException {
        Files.writeString(workspace.resolve(CORPUS_FILE), corpus.toAbsolutePath().normalize() + "\n", StandardCharsets.UTF_8);
    }
}
