package org.factdesk.api.index;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/** Opens the full-text index that lives in a workspace folder. One implementation is registered at a time. */
@ProviderType
public interface IndexService {
    /**
     * Opens (creating if needed) the index in {@code directory}. The caller closes it.
     *
     * @throws IOException when the folder cannot be used; the message names it
     */
    DocumentIndex open(Path directory) throws IOException;
}
