package org.factdesk.review.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factdesk.api.detect.Flag;
import org.factdesk.support.json.FlagLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectedFlagsTest {
    @TempDir
    Path workspace;

    private static Flag phone(String id, String number) {
        return new Flag(id, "seed/a.txt", "phone", 10, 22, number, "+1" + number.replace("-", ""), "Call " + number + ".",
                "open", 0.9, Map.of());
    }

    @Test
    void readsTheFileOnceWhileItStaysTheSame() throws IOException {
        Path file = workspace.resolve("flags.jsonl");
        FlagLines.writeAtomically(file, List.of(phone("a", "612-555-0100"), phone("b", "612-555-0101")));
        DetectedFlags cache = new DetectedFlags();
        DetectedFlags.Snapshot first = cache.of(workspace, file);
        assertEquals(2, first.flags().size());
        assertEquals("612-555-0101", first.byId().get("b").text());
        assertSame(first, cache.of(workspace, file));
    }

    @Test
    void readsItAgainOnceARunHasReplacedIt() throws IOException {
        Path file = workspace.resolve("flags.jsonl");
        FlagLines.writeAtomically(file, List.of(phone("a", "612-555-0100")));
        DetectedFlags cache = new DetectedFlags();
        cache.of(workspace, file);
        FlagLines.writeAtomically(file, List.of(phone("a", "612-555-0100"), phone("c", "612-555-0102")));
        DetectedFlags.Snapshot second = cache.of(workspace, file);
        assertEquals(2, second.flags().size());
        assertTrue(second.byId().containsKey("c"));
    }

    @Test
    void aWorkspaceWithoutARunSaysWhatToDo() {
        IOException e = assertThrows(IOException.class, () -> new DetectedFlags().of(workspace,
                workspace.resolve("flags.jsonl")));
        assertTrue(e.getMessage().contains("run 'factdesk run' first"), e.getMessage());
    }
}
