package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the real application during ingest and during an export, at several moments: after a
 * restart the run completes with the same flags as an undisturbed run, and no export file is ever half written.
 */
class CrashIT {
    private static final long[] KILL_AFTER_MS = {700, 1400, 2100, 2800};

    @TempDir
    Path work;

    /** The seed corpus copied 60 times over, so that ingest lasts long enough to be interrupted. */
    private void bigCorpus() throws Exception {
        FactdeskProcess.copyCorpus(work.resolve("corpus"));
        Path seed = work.resolve("corpus/seed");
        try (Stream<Path> files = Files.list(seed)) {
            List<Path> originals = files.toList();
            for (int copy = 0; copy < 60; copy++) {
                Path dir = Files.createDirectories(work.resolve("corpus/copies/" + copy));
                for (Path f : originals) {
                    Files.writeString(dir.resolve(f.getFileName()), "Copy " + copy + ".\n" + Files.readString(f));
                }
            }
        }
    }

    private static Process start(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(FactdeskProcess.java(), "--enable-native-access=ALL-UNNAMED", "-jar",
                FactdeskProcess.jar().toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed.log").toFile()).start();
    }

    private static void killAfter(Process p, long millis) throws Exception {
        if (!p.waitFor(millis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aKilledIngestIsCompletedByTheNextRunWithTheSameFlags() throws Exception {
        bigCorpus();
        FactdeskProcess.Result clean = FactdeskProcess.run(work, "run", "corpus", "--out", "clean-out", "--data", "clean-data");
        assertEquals(0, clean.exitCode(), clean.err());
        String expected = Files.readString(work.resolve("clean-out/flags.jsonl"));
        for (long ms : KILL_AFTER_MS) {
            killAfter(start(work, "run", "corpus", "--out", "out", "--data", "data"), ms);
        }
        FactdeskProcess.Result after = FactdeskProcess.run(work, "run", "corpus", "--out", "out", "--data", "data");
        assertEquals(0, after.exitCode(), after.out() + after.err());
        assertTrue(after.out().contains("documents: 305 ("), after.out());
        assertEquals(expected, Files.readString(work.resolve("out/flags.jsonl")));
        FactdeskProcess.Result search = FactdeskProcess.run(work, "search", "\"Safe Avenues shelter\"", "--data", "data",
                "--limit", "500");
        List<String> hits = search.out().lines().filter(l -> l.contains(" score ")).toList();
        assertEquals(61, hits.size(), "the one passage of each Willmar guide, indexed once: " + search.out());
        assertEquals(61, hits.stream().map(l -> l.substring(0, l.indexOf(' '))).distinct().count());
    }

    @Test
    void aKilledExportLeavesNoHalfWrittenFile() throws Exception {
        bigCorpus();
        assertEquals(0, FactdeskProcess.run(work, "run", "corpus", "--out", "out", "--data", "data").exitCode());
        for (long ms : new long[] {300, 600, 900, 1200}) {
            killAfter(start(work, "export", "--data", "data", "--out", "export", "--include-unverified"), ms);
            try (Stream<Path> files = Files.walk(work.resolve("export"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".json") || name.endsWith(".jsonld")) {
                        String text = Files.readString(f);
                        assertTrue(text.endsWith("}\n") || text.endsWith("]\n"), "complete: " + f);
                    }
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // killed before the folder existed
            }
        }
        FactdeskProcess.Result r = FactdeskProcess.run(work, "export", "--data", "data", "--out", "export", "--include-unverified");
        assertEquals(0, r.exitCode(), r.err());
        try (Stream<Path> leftovers = Files.list(work)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().startsWith(".export-")),
                    "the staging folders of killed exports are cleared by the next one");
        }
        assertTrue(Files.readString(work.resolve("export/manifest.json")).contains("\"factdesk-dataset.json\""));
    }
}
