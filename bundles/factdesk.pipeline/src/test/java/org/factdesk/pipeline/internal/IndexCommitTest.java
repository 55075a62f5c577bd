package org.factdesk.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factdesk.api.document.BlockKind;
import org.factdesk.api.index.DocumentIndex;
import org.factdesk.api.index.IndexService;
import org.factdesk.api.index.IndexedDocument;
import org.factdesk.api.index.SearchHit;
import org.factdesk.api.parse.DocumentParser;
import org.factdesk.api.pipeline.ProgressListener;
import org.factdesk.api.pipeline.RunRequest;
import org.factdesk.support.text.ExtractedTextBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is committed beside the corpus stages, but a run returns only once it is committed and closed. */
class IndexCommitTest {
    @TempDir
    Path tmp;

    private static final DocumentParser LINES = (name, content) -> {
        ExtractedTextBuilder b = new ExtractedTextBuilder();
        new String(content, StandardCharsets.UTF_8).lines().forEach(l -> b.add(l, BlockKind.PARAGRAPH));
        return b.build("", "UTF-8");
    };

    /** An index whose commit takes a while, or fails. */
    private static final class SlowIndex implements IndexService, DocumentIndex {
        private final InMemoryIndex documents = new InMemoryIndex();
        private final boolean fails;
        volatile boolean committed;
        volatile boolean closed;

        SlowIndex(boolean fails) {
            this.fails = fails;
        }

        @Override
        public DocumentIndex open(Path directory) {
            return this;
        }

        @Override
        public void put(IndexedDocument document) {
            documents.put(document);
        }

        @Override
        public void remove(String path) {
            documents.remove(path);
        }

        @Override
        public Set<String> paths() {
            return documents.paths();
        }

        @Override
        public List<SearchHit> search(String query, int limit) {
            return List.of();
        }

        @Override
        public void commit() throws IOException {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (fails) {
                throw new IOException("disk full");
            }
            committed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private PipelineService pipelineWith(SlowIndex index) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Call 888-373-7888 now.");
        PipelineService pipeline = new PipelineService();
        pipeline.setIndexService(index);
        pipeline.addParser(LINES, Map.of(DocumentParser.EXTENSIONS, new String[] {"txt"}, "service.id", 1L));
        return pipeline;
    }

    private RunRequest request() {
        return new RunRequest(tmp.resolve("corpus"), tmp.resolve("out"), tmp.resolve("data"), LocalDate.of(2026, 11, 23), 2);
    }

    @Test
    void aRunReturnsWithTheIndexCommittedAndClosed() throws Exception {
        SlowIndex index = new SlowIndex(false);
        assertEquals(1, pipelineWith(index).run(request(), ProgressListener.NONE).processed());
        assertTrue(index.committed);
        assertTrue(index.closed);
        assertEquals(List.of("a.txt"), List.copyOf(index.paths()));
    }

    @Test
    void aFailedCommitFailsTheRun() throws Exception {
        SlowIndex index = new SlowIndex(true);
        IOException e = assertThrows(IOException.class, () -> pipelineWith(index).run(request(), ProgressListener.NONE));
        assertEquals("disk full", e.getMessage());
        assertTrue(index.closed);
    }
}
