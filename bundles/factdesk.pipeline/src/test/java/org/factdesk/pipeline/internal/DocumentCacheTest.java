package org.factdesk.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factdesk.api.detect.Flag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCacheTest {
    @TempDir
    Path folder;

    private static final String TEXT = "Call 612-555-0100.\nOr the hotline “1-888-373-7888”\n\n\tline three \\ \" {}\n";

    private static DocumentCache.Entry entry(String path) {
        Flag phone = new Flag("fd-1", path, "phone", 5, 17, "612-555-0100", "+16125550100", "Call 612-555-0100.",
                Flag.OPEN, 0.9, Map.of("region", "US"));
        Flag claim = new Flag("fd-2", path, "claim", 19, 51, "Or the hotline “1-888-373-7888”", "Or the hotline",
                "Or the hotline\n“1-888-373-7888”", Flag.OPEN, 0.5, Map.of());
        return new DocumentCache.Entry(path, "hash-1", "signature-1", TEXT, List.of(phone, claim));
    }

    @Test
    void readsBackTheTextAndFlagsItWrote() throws IOException {
        DocumentCache cache = new DocumentCache(folder);
        cache.put(entry("a/page.html"));
        DocumentCache.Entry read = cache.get("a/page.html").orElseThrow();
        assertEquals(entry("a/page.html"), read);
        assertTrue(cache.get("b/other.html").isEmpty(), "no entry for a path never put");
    }

    @Test
    void keepsATextThatEndsWithoutALineBreakOrIsEmpty() throws IOException {
        DocumentCache cache = new DocumentCache(folder);
        for (String text : List.of("", "no break at the end", "\n", "ends with two\n\n")) {
            cache.put(new DocumentCache.Entry("p.txt", "h", "s", text, List.of()));
            assertEquals(text, cache.get("p.txt").orElseThrow().text());
        }
    }

    @Test
    void aDamagedOrOlderEntryIsAMissNotAMisreading() throws IOException {
        DocumentCache cache = new DocumentCache(folder);
        cache.put(entry("a/page.html"));
        Path file;
        try (var files = Files.list(folder)) {
            file = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
        String written = Files.readString(file, StandardCharsets.UTF_8);

        // cut inside the flags: fewer flag lines than the head announces
        Files.writeString(file, written.substring(0, written.indexOf("\"fd-2\"")), StandardCharsets.UTF_8);
        assertTrue(cache.get("a/page.html").isEmpty());

        // the first format: the text inside the head, no format field
        Files.writeString(file, "{\"path\":\"a/page.html\",\"hash\":\"hash-1\",\"signature\":\"signature-1\","
                + "\"flags\":0,\"text\":\"old\"}\n", StandardCharsets.UTF_8);
        assertTrue(cache.get("a/page.html").isEmpty());

        // cut inside the text, even inside a character ("“" is three bytes), or right after the last flag
        byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
        int textStart = new String(bytes, StandardCharsets.UTF_8).lastIndexOf(TEXT);
        int textByteStart = written.substring(0, textStart).getBytes(StandardCharsets.UTF_8).length;
        int quoteByte = written.substring(0, written.lastIndexOf('“')).getBytes(StandardCharsets.UTF_8).length;
        for (int cut : new int[] {textByteStart, textByteStart + 5, quoteByte + 1, bytes.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(bytes, cut));
            assertTrue(cache.get("a/page.html").isEmpty(), "cut at byte " + cut + " of " + bytes.length);
        }
        Files.write(file, bytes);
        assertEquals(entry("a/page.html"), cache.get("a/page.html").orElseThrow(), "the whole entry still reads");

        // a head that announces more flags than the file could hold
        Files.writeString(file, written.replaceFirst("\"flags\":2", "\"flags\":2000000000"), StandardCharsets.UTF_8);
        assertTrue(cache.get("a/page.html").isEmpty());

        // a flag line that is not a flag
        Files.writeString(file, written.replace("\"fd-1\"", "17"), StandardCharsets.UTF_8);
        assertTrue(cache.get("a/page.html").isEmpty());

        Files.writeString(file, "", StandardCharsets.UTF_8);
        assertTrue(cache.get("a/page.html").isEmpty());
    }
}
