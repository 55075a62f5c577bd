package org.factdesk.pipeline.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.factdesk.api.index.DocumentIndex;
import org.factdesk.api.index.IndexService;
import org.factdesk.api.index.IndexedDocument;
import org.factdesk.api.index.SearchHit;

/** A test double of the index: remembers what was put, searches nothing. */
final class InMemoryIndex implements IndexService, DocumentIndex {
    final Map<String, IndexedDocument> documents = new TreeMap<>();
    int puts;

    @Override
    public DocumentIndex open(java.nio.file.Path directory) {
        return this;
    }

    @Override
    public synchronized void put(IndexedDocument document) {
        documents.put(document.path(), document);
        puts++;
    }

    @Override
    public synchronized void remove(String path) {
        documents.remove(path);
    }

    @Override
    public synchronized Set<String> paths() {
        return new TreeSet<>(documents.keySet());
    }

    @Override
    public void commit() {
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return List.of();
    }

    @Override
    public void close() {
    }
}
