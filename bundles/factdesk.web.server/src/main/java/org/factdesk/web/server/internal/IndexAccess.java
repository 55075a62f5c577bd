package org.factdesk.web.server.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.factdesk.api.index.DocumentIndex;
import org.factdesk.api.index.IndexService;

/**
 * Opens the workspace's index for one use at a time and closes it again. The index holds a write lock while open,
 * so requests take turns, and between requests the main job ({@code factdesk run}) can update the index from
 * another process while the server runs.
 */
final class IndexAccess {
    /** A use of the open index. */
    interface Use<T> {
        T apply(DocumentIndex index) throws IOException;
    }

    private final Supplier<IndexService> service;
    private final ReentrantLock lock = new ReentrantLock();

    IndexAccess(Supplier<IndexService> service) {
        this.service = service;
    }

    <T> T with(Path workspace, Use<T> use) throws IOException {
        IndexService s = service.get();
        if (s == null) {
            throw new ApiException(503, "the index service is not available");
        }
        Path folder = workspace.resolve("index");
        if (!folder.toFile().isDirectory()) {
            throw new ApiException(404, "no index in " + workspace + ": run 'factdesk run' first");
        }
        lock.lock();
        try (DocumentIndex index = s.open(folder)) {
            return use.apply(index);
        } finally {
            lock.unlock();
        }
    }
}
