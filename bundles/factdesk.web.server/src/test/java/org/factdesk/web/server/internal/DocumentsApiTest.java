package org.factdesk.web.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsApiTest {
    @TempDir
    Path root;
    private Fixtures fx;
    private Api api;

    @BeforeEach
    void setUp() throws Exception {
        fx = new Fixtures(root);
        api = new Api(fx.backend);
    }

    private JsonNode document(String path) throws Exception {
        return api.handle(Fixtures.get(Fixtures.VIEWER, "/document", Map.of("path", List.of(path)))).tree();
    }

    @Test
    void theNavigatorListsDocumentsWithTheirManifestEntryAndCounts() throws Exception {
        JsonNode d = api.handle(Fixtures.get(Fixtures.VIEWER, "/documents", Map.of())).tree().at("/documents/0");
        assertEquals(Fixtures.DOC, d.get("path").asText());
        assertEquals("Help line", d.get("title").asText());
        assertEquals("primary", d.get("kind").asText());
        assertEquals(3, d.get("flags").asInt());
        assertEquals(3, d.at("/byStatus/open").asInt());
    }

    @Test
    void aDocumentIsItsExtractedTextWithItsFlagsAndMarkupStaysText() throws Exception {
        JsonNode d = document(Fixtures.DOC);
        assertEquals(Fixtures.TEXT, d.get("text").asText(), "the parser's text, with the would-be markup as plain text");
        assertEquals(3, d.get("flags").size());
        assertFalse(d.get("stale").asBoolean());
        JsonNode phone = d.get("flags").get(0);
        assertEquals("888-373-7888", Fixtures.TEXT.substring(phone.get("start").asInt(), phone.get("end").asInt()));
    }

    @Test
    void aDocumentChangedSinceTheRunIsMarkedStale() throws Exception {
        Files.writeString(fx.corpus.resolve(Fixtures.DOC), "Edited. " + Fixtures.TEXT);
        assertTrue(document(Fixtures.DOC).get("stale").asBoolean());
    }

    @Test
    void onlyDocumentsOfTheWorkspaceAreServed() throws Exception {
        Files.writeString(root.resolve("secret.txt"), "not for you");
        for (String path : new String[] {"../secret.txt", "seed/../../secret.txt", "/etc/passwd", "seed/other.txt"}) {
            ApiException e = assertThrows(ApiException.class, () -> document(path), path);
            assertEquals(404, e.status(), path);
        }
        assertEquals(400, assertThrows(ApiException.class, () -> document(" ")).status());
    }

    @Test
    void evenAKnownNameCannotLeaveTheCorpus() {
        DocumentTexts texts = new DocumentTexts(fx.parsers);
        ApiException e = assertThrows(ApiException.class, () -> texts.text(fx.corpus, "../ws/corpus.path"));
        assertEquals(400, e.status());
    }
}
