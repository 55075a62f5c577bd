package org.factdesk.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.factdesk.api.detect.Flag;
import org.factdesk.support.json.FlagLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlagSpoolTest {
    @TempDir
    Path tmp;

    static Flag flag(String doc, String type, int start, String id) {
        return new Flag(id, doc, type, start, start + 4, "t\u00e9xt", "n", "context \u201cquoted\u201d", Flag.OPEN, 0.5,
                Map.of("k", "v"));
    }

    @Test
    void documentFlagsAreSortedAndEachLineIsTheFlagsLineOfFlagsJsonl() {
        DocumentFlags flags = DocumentFlags.of(List.of(flag("a", "claim", 9, "fd-2"), flag("a", "claim", 3, "fd-1"),
                flag("a", "boilerplate", 3, "fd-0")));
        assertEquals(List.of("fd-0", "fd-1", "fd-2"), flags.flags().stream().map(Flag::id).toList());
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < flags.size(); i++) {
            String line = FlagLines.toLine(flags.flags().get(i)) + "\n";
            assertEquals(line, new String(flags.line(i), StandardCharsets.UTF_8));
            all.append(line);
        }
        assertEquals(all.toString(), new String(flags.lines(), StandardCharsets.UTF_8));
    }

    @Test
    void aBlockReadsBackTheFlagsItsPredicateTook() throws Exception {
        Path file = tmp.resolve("flags.spool");
        DocumentFlags flags = DocumentFlags.of(List.of(flag("a", "claim", 1, "fd-1"), flag("a", "phone", 2, "fd-2"),
                flag("a", "claim", 3, "fd-3")));
        try (FlagSpool spool = new FlagSpool(file)) {
            FlagSpool.Block block = spool.append(flags, f -> f.type().equals("claim"));
            assertEquals(2, block.count());
            List<FlagSpool.Line> lines = spool.read(block);
            assertEquals(List.of("fd-1", "fd-3"), lines.stream().map(FlagSpool.Line::id).toList());
            assertEquals(List.of(1, 3), lines.stream().map(FlagSpool.Line::start).toList());
            assertArrayEquals(flags.line(2), lines.get(1).utf8());
            assertSame(FlagSpool.Block.EMPTY, spool.append(flags, type -> false), "nothing to spool, nothing written");
            assertTrue(spool.read(FlagSpool.Block.EMPTY).isEmpty());
        }
        assertFalse(Files.exists(file), "closing deletes the spool");
    }

    @Test
    void workersAppendingAtOnceGetTheirOwnBlocks() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (FlagSpool spool = new FlagSpool(tmp.resolve("flags.spool"))) {
            List<Future<FlagSpool.Block>> blocks = new ArrayList<>();
            for (int d = 0; d < 200; d++) {
                String doc = "doc" + d;
                int n = 1 + d % 7;
                blocks.add(pool.submit(() -> {
                    List<Flag> flags = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        flags.add(flag(doc, "claim", i * 10, doc + "-" + i));
                    }
                    return spool.append(DocumentFlags.of(flags), type -> true);
                }));
            }
            for (int d = 0; d < 200; d++) {
                List<FlagSpool.Line> lines = spool.read(blocks.get(d).get());
                assertEquals(1 + d % 7, lines.size());
                for (int i = 0; i < lines.size(); i++) {
                    assertEquals("doc" + d + "-" + i, lines.get(i).id());
                    assertTrue(new String(lines.get(i).utf8(), StandardCharsets.UTF_8).contains("\"doc\":\"doc" + d + "\""));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLineComparesWithAFlagInDocumentOrder() throws Exception {
        try (FlagSpool spool = new FlagSpool(tmp.resolve("flags.spool"))) {
            Flag f = flag("a", "claim", 5, "fd-5");
            FlagSpool.Line line = spool.read(spool.append(DocumentFlags.of(List.of(f)), type -> true)).get(0);
            assertEquals(0, line.compareTo(f));
            assertTrue(line.compareTo(flag("a", "claim", 6, "fd-0")) < 0, "start first");
            assertTrue(line.compareTo(flag("a", "boilerplate", 5, "fd-9")) > 0, "then end, then type");
            assertTrue(line.compareTo(flag("a", "claim", 5, "fd-6")) < 0, "then id");
        }
    }
}
