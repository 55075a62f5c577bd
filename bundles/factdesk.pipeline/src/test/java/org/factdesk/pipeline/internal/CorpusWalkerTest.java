package org.factdesk.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWalkerTest {
    @TempDir
    Path dir;

    @Test
    void listsKnownTypesInOrderSkipsHiddenAndReportsLinkLoops() throws Exception {
        Files.writeString(dir.resolve("b.html"), "x");
        Files.writeString(dir.resolve("a file with spaces é.txt"), "x");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/x.txt"), "x");
        Files.writeString(dir.resolve("image.png"), "x");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        CorpusWalker.Listing l = CorpusWalker.list(dir, ext -> ext.equals("txt") || ext.equals("html"));
        assertEquals(List.of("a file with spaces é.txt", "b.html"), l.files().stream().map(CorpusWalker.CorpusFile::relative).toList());
        assertEquals(List.of("sub/loop: symbolic link loop, not followed"), l.errors());
    }

    @Test
    void aMissingCorpusIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> CorpusWalker.list(dir.resolve("nope"), x -> true));
        assertEquals("corpus folder not found: " + dir.resolve("nope"), e.getMessage());
    }
}
