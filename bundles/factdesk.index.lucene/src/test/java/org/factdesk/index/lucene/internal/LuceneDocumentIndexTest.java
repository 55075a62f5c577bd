package org.factdesk.index.lucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.factdesk.api.document.Span;
import org.factdesk.api.index.DocumentIndex;
import org.factdesk.api.index.IndexedDocument;
import org.factdesk.api.index.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneDocumentIndexTest {
    @TempDir
    Path dir;

    private static IndexedDocument doc(String path, String... passages) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new java.util.ArrayList<>();
        for (String p : passages) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            spans.add(new Span(text.length(), text.length() + p.length()));
            text.append(p);
        }
        return new IndexedDocument(path, passages[0], text.toString(), spans);
    }

    @Test
    void searchReturnsThePassageWithItsMatchesMarked() throws Exception {
        try (DocumentIndex index = new LuceneIndexService().open(dir)) {
            index.put(doc("a.txt", "Willmar guide", "Contact the National Human Trafficking Hotline (888-373-7888)."));
            index.put(doc("b.txt", "Minneapolis", "The training was attended by nearly 100 people."));
            index.commit();
            List<SearchHit> hits = index.search("hotline", 10);
            assertEquals(1, hits.size());
            SearchHit h = hits.get(0);
            assertEquals("a.txt", h.doc());
            assertEquals(new Span(15, 77), h.passage());
            assertEquals(List.of(new Span(39, 46)), h.highlights());
            assertEquals("Hotline", h.text().substring(39, 46));
            assertEquals(Set.of("a.txt", "b.txt"), index.paths());
        }
    }

    @Test
    void putReplacesAndRemoveDeletesAndItSurvivesReopening() throws Exception {
        try (DocumentIndex index = new LuceneIndexService().open(dir)) {
            index.put(doc("a.txt", "old text about shelters"));
            index.put(doc("a.txt", "new text about hotlines"));
            index.put(doc("b.txt", "other"));
            index.remove("b.txt");
            index.commit();
        }
        try (DocumentIndex index = new LuceneIndexService().open(dir)) {
            assertEquals(Set.of("a.txt"), index.paths());
            assertTrue(index.search("shelters", 5).isEmpty());
            assertEquals(1, index.search("\"text about hotlines\"", 5).size());
        }
    }

    @Test
    void aBadQueryIsAClearError() throws Exception {
        try (DocumentIndex index = new LuceneIndexService().open(dir)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.search("hotline AND (", 5));
            assertTrue(e.getMessage().startsWith("cannot parse the query 'hotline AND (': "), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> index.search("  ", 5));
        }
    }
}
