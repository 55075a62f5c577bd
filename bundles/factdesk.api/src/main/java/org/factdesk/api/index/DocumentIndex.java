package org.factdesk.api.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The index of one workspace: documents and their passages. Writes become visible to {@link #search} after
 * {@link #commit}. Thread-safe.
 */
@ProviderType
public interface DocumentIndex extends AutoCloseable {
    /** Adds a document, replacing any earlier version with the same path. */
    void put(IndexedDocument document) throws IOException;

    /** Removes a document and its passages; a path not in the index is ignored. */
    void remove(String path) throws IOException;

    /** The paths of all indexed documents. */
    Set<String> paths() throws IOException;

    /** Makes all writes durable and visible to searches. */
    void commit() throws IOException;

    /**
     * Searches passages.
     *
     * @param query Lucene-style query text (words, "phrases", AND/OR/NOT, field:value)
     * @param limit the most hits to return
     * @return hits, best first
     * @throws IllegalArgumentException when the query cannot be parsed; the message says where
     */
    List<SearchHit> search(String query, int limit) throws IOException;

    @Override
    void close() throws IOException;
}
