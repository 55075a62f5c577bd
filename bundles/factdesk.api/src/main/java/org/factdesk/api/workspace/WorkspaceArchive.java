package org.factdesk.api.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Backs up and restores what cannot be rebuilt: the journal of decisions, the reference registry and the
 * workspace's settings (users, configuration). The index, caches and flags are derived and left out; the next run
 * rebuilds them. A backup is consistent while editors keep working: the journal is copied under its write lock.
 */
@ProviderType
public interface WorkspaceArchive {
    /**
     * Writes a zip with the files and a manifest of their SHA-256 checksums, via a temporary file and a rename.
     *
     * @return the entries written
     */
    List<String> backup(Path workspace, Path corpus, Path zip) throws IOException;

    /**
     * Restores a backup after checking every checksum; nothing is replaced when a check fails. Files that are
     * replaced are kept beside their new version with the suffix {@code .before-restore}.
     *
     * @return the entries restored
     * @throws IOException naming the entry that is missing or damaged
     */
    List<String> restore(Path zip, Path workspace, Path corpus) throws IOException;
}
