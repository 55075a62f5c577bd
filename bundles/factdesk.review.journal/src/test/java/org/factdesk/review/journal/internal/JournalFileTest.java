package org.factdesk.review.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.factdesk.api.review.Decision;
import org.factdesk.api.review.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalFileTest {
    @TempDir
    Path dir;

    static Decision decision(String flag, String note) {
        return new Decision(flag, 0, Verdict.VERIFIED, "", "doc:seed/a.txt#1-5", note, "ana",
                Instant.parse("2026-11-23T10:00:00Z"), "seed/a.txt", "phone", "888-373-7888", "Call 888-373-7888.");
    }

    @Test
    void appendsAreNumberedDurableAndReadBack() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        JournalFile j = JournalFile.open(file);
        assertEquals(1, j.append(r -> decision("fd-1", "first")).sequence());
        assertEquals(2, j.append(r -> decision("fd-2", "second \"quoted\" ünïcode")).sequence());
        List<Decision> again = JournalFile.open(file).decisions();
        assertEquals(List.of("first", "second \"quoted\" ünïcode"), again.stream().map(Decision::note).toList());
        assertEquals(List.of(1L, 2L), again.stream().map(Decision::sequence).toList());
        for (String line : Files.readAllLines(file)) {
            assertTrue(line.matches("\\{\"seq\":\\d+,.*,\"crc\":\"[0-9a-f]{8}\"}"), line);
        }
    }

    @Test
    void aTornLastLineIsCutAndNothingBeforeItIsLost() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        JournalFile j = JournalFile.open(file);
        j.append(r -> decision("fd-1", "kept"));
        String whole = JournalRecord.toLine(decision("fd-2", "torn").withSequence(2));
        Files.writeString(file, whole.substring(0, whole.length() / 2), StandardOpenOption.APPEND);
        long before = Files.size(file);

        JournalFile reopened = JournalFile.open(file);
        assertEquals(List.of("kept"), reopened.decisions().stream().map(Decision::note).toList());
        assertEquals(whole.length() / 2, reopened.truncatedBytes());
        assertEquals(before - whole.length() / 2, Files.size(file));
        assertEquals(2, reopened.append(r -> decision("fd-3", "after")).sequence());
    }

    @Test
    void aCompleteLastLineWithABadChecksumIsCutToo() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        JournalFile.open(file).append(r -> decision("fd-1", "kept"));
        String bad = JournalRecord.toLine(decision("fd-2", "bad").withSequence(2)).replace("bad", "BAD");
        Files.writeString(file, bad + "\n", StandardOpenOption.APPEND);
        assertEquals(1, JournalFile.open(file).decisions().size());
    }

    @Test
    void aDamagedLineInTheMiddleIsAnErrorAndTheFileIsLeftAlone() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        JournalFile j = JournalFile.open(file);
        j.append(r -> decision("fd-1", "one"));
        j.append(r -> decision("fd-2", "two"));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(0, lines.get(0).replace("one", "0ne"));
        Files.write(file, lines, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        IOException e = assertThrows(IOException.class, () -> JournalFile.open(file));
        assertTrue(e.getMessage().contains("line 1 is damaged (checksum mismatch)"), e.getMessage());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
    }

    @Test
    void concurrentWritersAreSerialized() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        JournalFile a = JournalFile.open(file);
        JournalFile b = JournalFile.open(file); // a second handle, as another process would have
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Decision>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            JournalFile j = i % 2 == 0 ? a : b;
            String flag = "fd-" + i;
            futures.add(pool.submit(() -> j.append(r -> decision(flag, "n"))));
        }
        for (Future<Decision> f : futures) {
            f.get();
        }
        pool.shutdown();
        List<Decision> all = JournalFile.open(file).decisions();
        assertEquals(200, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).sequence());
        }
    }
}
