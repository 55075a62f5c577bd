package org.factdesk.review.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.factdesk.api.review.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalArchiveTest {
    @TempDir
    Path dir;

    private final ReviewWorkflow workflow = new ReviewWorkflow(365, Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
    private final JournalArchive archive = new JournalArchive(workflow);

    @Test
    void backupThenRestoreGivesBackEveryDecisionAndKeepsWhatItReplaced() throws Exception {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Path corpus = Files.createDirectories(dir.resolve("corpus/reference"));
        Files.writeString(corpus.resolve("hotlines.json"), "{\"entries\":[]}");
        Files.writeString(ws.resolve("users.json"), "{}");
        workflow.journal(ws).append(r -> JournalFileTest.decision("fd-1", "one"));
        workflow.journal(ws).append(r -> JournalFileTest.decision("fd-2", "two"));
        Path zip = dir.resolve("backup.zip");
        List<String> entries = archive.backup(ws, dir.resolve("corpus"), zip);
        assertEquals(List.of("reference/hotlines.json", "workspace/journal.jsonl", "workspace/users.json", "MANIFEST.sha256"), entries);

        workflow.journal(ws).append(r -> JournalFileTest.decision("fd-3", "after the backup"));
        List<String> restored = archive.restore(zip, ws, dir.resolve("corpus"));
        assertEquals(3, restored.size());
        assertEquals(List.of("one", "two"), workflow.journal(ws).decisions().stream().map(Decision::note).toList());
        assertTrue(Files.readString(ws.resolve("journal.jsonl.before-restore")).contains("after the backup"));
    }

    @Test
    void aDamagedOrCraftedArchiveRestoresNothing() throws Exception {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        workflow.journal(ws).append(r -> JournalFileTest.decision("fd-1", "kept"));
        byte[] before = Files.readAllBytes(ws.resolve("journal.jsonl"));

        Path damaged = dir.resolve("damaged.zip");
        write(damaged, "workspace/journal.jsonl", "tampered\n", "0".repeat(64) + "  workspace/journal.jsonl\n");
        IOException e = assertThrows(IOException.class, () -> archive.restore(damaged, ws, dir));
        assertTrue(e.getMessage().contains("entry workspace/journal.jsonl is damaged (checksum mismatch); nothing was restored"));

        Path traversal = dir.resolve("evil.zip");
        String body = "x";
        write(traversal, "workspace/../../evil.txt", body, JournalArchive.sha256(body.getBytes()) + "  workspace/../../evil.txt\n");
        IOException t = assertThrows(IOException.class, () -> archive.restore(traversal, ws, dir));
        assertTrue(t.getMessage().contains("is not a workspace or registry file: refused"), t.getMessage());
        assertEquals(new String(before), Files.readString(ws.resolve("journal.jsonl")));
    }

    private static void write(Path zip, String name, String body, String manifest) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(body.getBytes());
            z.closeEntry();
            z.putNextEntry(new ZipEntry(JournalArchive.MANIFEST));
            z.write(manifest.getBytes());
            z.closeEntry();
        }
    }
}
