package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a crawler can bring back, generated here (no binaries are checked in), ingested by the real application
 * with a 256 MB heap: each file is either ingested or reported with one clear line, and the run completes.
 */
class HostileInputIT {
    @TempDir
    Path work;

    private static final String HOTLINE = "Call the National Human Trafficking Hotline at 888-373-7888.";

    @Test
    void everyFileIsIngestedOrReportedAndNothingCrashes() throws Exception {
        Path c = Files.createDirectories(work.resolve("corpus"));
        Files.write(c.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        Files.write(c.resolve("binary.txt"), binary);
        Files.write(c.resolve("invalid-utf8.txt"), concat(HOTLINE.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF}));
        Files.write(c.resolve("utf16-bom.txt"), ("\uFEFF" + HOTLINE).getBytes(StandardCharsets.UTF_16LE));
        Files.write(c.resolve("utf16-nobom.txt"), HOTLINE.getBytes(StandardCharsets.UTF_16BE));
        Files.write(c.resolve("cp1252.txt"), ("\u201cQuoted\u201d caf\u00e9. " + HOTLINE).getBytes(Charset.forName("windows-1252")));
        Files.writeString(c.resolve("unclosed.html"), "<html><body><p>" + HOTLINE + "<div><span><b>never closed");
        Files.writeString(c.resolve("deep.html"), "<html><body>" + "<div>".repeat(10_000) + "<p>" + HOTLINE + "</p></body></html>");
        Files.writeString(c.resolve("huge-attribute.html"), "<html><body><p title=\"" + "x".repeat(5_000_000) + "\">" + HOTLINE + "</p></body></html>");
        Files.writeString(c.resolve("scripts.html"), "<html><head><script>window.pwned=1</script><style>p{}</style></head><body>"
                + "<iframe src=\"https://evil.example\"></iframe><img src=x onerror=\"window.pwned=2\"><p onclick=\"alert(1)\">"
                + HOTLINE + "</p><svg onload=\"alert(3)\"></svg></body></html>");
        Files.writeString(c.resolve("entities.html"), "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<html><body><p>&b;&b;&b; &amp;&lt;&#x41; " + HOTLINE + "</p></body></html>");
        Files.writeString(c.resolve("name with spaces and ünïcödé é.txt"), HOTLINE);
        Path loops = Files.createDirectories(c.resolve("loops"));
        Files.createSymbolicLink(loops.resolve("back-to-corpus"), c);
        Files.createSymbolicLink(c.resolve("vanished.txt"), c.resolve("gone-before-it-was-read.txt"));
        try (BufferedWriter w = Files.newBufferedWriter(c.resolve("big-50mb.txt"))) {
            for (int i = 0; w != null && i < 420_000; i++) {
                w.write("Line " + i + " of a very large page: the shelter answers at 612-555-0100 every day; 12% of calls are at night.\n");
            }
        }
        assertTrue(Files.size(c.resolve("big-50mb.txt")) > 45_000_000);

        FactdeskProcess.Result r = FactdeskProcess.run(work, "run", "corpus", "--out", "out", "--data", "data");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertTrue(errors.contains("error: empty.txt: no text in it (empty, or markup only)"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("error: binary.txt: ")), errors.toString());
        assertTrue(errors.contains("error: loops/back-to-corpus: symbolic link loop, not followed"), errors.toString());
        assertTrue(errors.contains("error: vanished.txt: cannot be read (broken symbolic link)"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("error: big-50mb.txt: too large to check as one page (45.")), errors.toString());
        assertEquals(5, errors.size(), errors.toString());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("OutOfMemoryError"), r.err());

        String flags = Files.readString(work.resolve("out/flags.jsonl"));
        for (String ok : List.of("invalid-utf8.txt", "utf16-bom.txt", "utf16-nobom.txt", "cp1252.txt", "unclosed.html",
                "deep.html", "huge-attribute.html", "scripts.html", "entities.html", "name with spaces and ünïcödé é.txt")) {
            assertTrue(flags.contains("\"doc\":\"" + ok + "\",\"type\":\"phone\""), ok + " was ingested and its hotline found");
        }
        assertFalse(flags.contains("pwned"), "no script text reaches the extracted text");
        assertFalse(flags.contains("aaaaaaaaaa"), "entities of a DTD are not expanded");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
