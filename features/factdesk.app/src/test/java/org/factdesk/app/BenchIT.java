package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factdesk bench} end to end on a small corpus laid out as the assembly script lays out the real one
 * ({@code html/} and {@code email/}): it runs every measurement, prints every figure the README reports, and its
 * own checks hold (two threads and one write the same flags; the phone prefilter finds what the plain scan finds).
 */
class BenchIT {
    @TempDir
    Path work;

    @Test
    void printsEveryFigureAndItsChecksHold() throws Exception {
        Path corpus = work.resolve("bench");
        FactdeskProcess.copyCorpus(corpus.resolve("html"));
        Path email = Files.createDirectories(corpus.resolve("email"));
        Files.writeString(email.resolve("0001.txt"), "Subject: hotline\n\nCall the hotline at 1-888-373-7888 or (612) 673-3000 ext. 12.\n");
        Files.writeString(email.resolve("0002.txt"), "Subject: re: order 4412\n\nText HELP to 233733, or reach us on 651.555.0123.\n");

        FactdeskProcess.Result r = FactdeskProcess.run(work, "bench", corpus.toString(), "--warmup", "0", "--rounds", "2",
                "--threads", "2");

        assertEquals(0, r.exitCode(), r.out() + r.err());
        for (String figure : List.of("(a) parse and extract text", "(b) index the texts (Lucene)", "(c) whole pipeline",
                "of which reading, parsing, detecting and indexing every file", "(c) / ((a)+(b)) =",
                "memory of the whole pipeline at two corpus sizes", "byte-identical to the 2-thread run: yes",
                "(d) search, 1000 queries", "(e) review, 200 decisions", "(f) phone detector on 2 e-mails",
                "each row the median of 2 rounds", "garbage collection in these rounds: (a) ",
                "(g) CPU time on 1 thread")) {
            assertTrue(r.out().contains(figure), () -> "missing '" + figure + "' in\n" + r.out());
        }
        assertTrue(r.out().lines().filter(l -> l.startsWith("(f)")).allMatch(l -> l.contains("findings identical: yes")), r.out());
    }
}
