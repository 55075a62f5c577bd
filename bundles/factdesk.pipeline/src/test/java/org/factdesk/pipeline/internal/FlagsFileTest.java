package org.factdesk.pipeline.internal;

import static org.factdesk.pipeline.internal.FlagSpoolTest.flag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factdesk.api.detect.Flag;
import org.factdesk.pipeline.internal.CorpusWalker.CorpusFile;
import org.factdesk.support.json.FlagLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlagsFileTest {
    @TempDir
    Path tmp;

    @Test
    void stagedAndSpooledFlagsAreMergedInDocumentOrder() throws Exception {
        List<Flag> bDoc = List.of(flag("b", "claim", 1, "fd-b1"), flag("b", "claim", 20, "fd-b20"));
        List<Flag> aDoc = List.of(flag("a", "claim", 5, "fd-a5"), flag("a", "claim", 7, "fd-a7"));
        List<Flag> staged = new ArrayList<>(List.of(flag("a", "phone", 1, "fd-a1"), flag("a", "phone", 6, "fd-a6"),
                flag("a", "phone", 9, "fd-a9"), flag("ab", "conflict", 0, "fd-ab0"), flag("b", "phone", 20, "fd-b20p"),
                flag("c", "conflict", 3, "fd-c3")));
        staged.sort(Flag.DOCUMENT_ORDER);
        Path target = tmp.resolve("flags.jsonl");
        Map<String, Integer> byType;
        try (FlagSpool spool = new FlagSpool(tmp.resolve("flags.spool"))) {
            // outcomes in the order workers finished them, not in document order
            List<DocumentProcessor.Outcome> outcomes = List.of(
                    outcome("b", spool.append(DocumentFlags.of(bDoc), type -> true)),
                    outcome("empty", FlagSpool.Block.EMPTY),
                    outcome("a", spool.append(DocumentFlags.of(aDoc), type -> true)));
            byType = FlagsFile.writeAtomically(target, outcomes, spool, staged);
        }
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(target)) {
            ids.add(FlagLines.fromLine(line).id());
        }
        assertEquals(List.of("fd-a1", "fd-a5", "fd-a6", "fd-a7", "fd-a9", "fd-ab0", "fd-b1", "fd-b20", "fd-b20p",
                "fd-c3"), ids);
        assertEquals(Map.of("claim", 4, "phone", 4, "conflict", 2), byType);
    }

    private static DocumentProcessor.Outcome outcome(String doc, FlagSpool.Block block) {
        return new DocumentProcessor.Outcome(new CorpusFile(Path.of(doc), doc, 1), true, List.of(), block, null);
    }
}
