package org.factdesk.web.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewTest {
    @TempDir
    Path dir;

    @Test
    void withoutAnExportThereIsNothingToShow() throws Exception {
        ObjectNode out = ExportView.last(dir.resolve("export"));
        assertTrue(out.get("manifest").isNull());
        assertTrue(out.get("changes").isNull());
    }

    @Test
    void theLastExportIsItsManifestAndItsChanges() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"counts\": {\"phones\": 2}, \"formats\": {\"hsds\": \"3.0\"}}");
        Files.writeString(dir.resolve("changes.json"), "{\"added\": [\"phone:+18883737888\"], \"removed\": [], \"changed\": []}");
        ObjectNode out = ExportView.last(dir);
        assertEquals(2, out.at("/manifest/counts/phones").asInt());
        assertEquals("phone:+18883737888", out.at("/changes/added/0").asText());
        assertTrue(out.has("writtenAt"));
    }
}
