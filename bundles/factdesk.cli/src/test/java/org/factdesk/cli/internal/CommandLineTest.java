package org.factdesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.factdesk.api.document.Span;
import org.factdesk.api.index.SearchHit;
import org.factdesk.api.pipeline.Pipeline;
import org.factdesk.api.pipeline.RunReport;
import org.factdesk.api.pipeline.RunRequest;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicReference<RunRequest> seen = new AtomicReference<>();

    private final Pipeline pipeline = (request, progress) -> {
        seen.set(request);
        return new RunReport(5, 5, 0, 53_083, Map.of("phone", 18, "claim", 3), List.of("bad.txt: not text"),
                request.out().resolve("flags.jsonl"), 1234);
    };

    private CommandLine cli(boolean terminal) {
        return new CommandLine(new FakeServices(Map.of(Pipeline.class, pipeline),
                List.of(new BundleInfo(0, "ACTIVE", "org.apache.felix.framework", "7.0.5"))),
                new Output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), terminal));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runUsesTheDefaultsAndPrintsASummary() {
        assertEquals(0, cli(false).execute(List.of("run")));
        assertEquals(Path.of("corpus"), seen.get().corpus());
        assertEquals(Path.of("out"), seen.get().out());
        assertEquals(Path.of(".factdesk"), seen.get().data());
        assertEquals("""
                documents: 5 (5 processed, 0 unchanged, 0 failed), 51.8 KB in 1.23 s
                flags: 21 (claim 3, phone 18)
                errors: 1
                wrote out/flags.jsonl
                """, out());
        assertEquals("error: bad.txt: not text\n", err());
    }

    @Test
    void runTakesItsOptions() {
        assertEquals(0, cli(false).execute(List.of("run", "docs", "--out", "o", "--data=d", "--threads", "3", "--as-of", "2026-01-31")));
        assertEquals(Path.of("docs"), seen.get().corpus());
        assertEquals(Path.of("d"), seen.get().data());
        assertEquals(3, seen.get().threads());
        assertEquals("2026-01-31", seen.get().asOf().toString());
    }

    @Test
    void badCommandLinesExitWithTwoAndSayWhy() {
        assertEquals(2, cli(false).execute(List.of("run", "--outt", "x")));
        assertTrue(err().startsWith("factdesk: unknown option --outt\nusage: factdesk COMMAND"), err());
        assertEquals(2, cli(false).execute(List.of("frobnicate")));
        assertTrue(err().contains("factdesk: unknown command 'frobnicate'"), err());
        assertEquals(2, cli(false).execute(List.of("run", "--threads", "zero")));
        assertTrue(err().contains("--threads needs a whole number: zero"), err());
        assertEquals(2, cli(false).execute(List.of()));
    }

    @Test
    void aMissingServiceIsAFailureNotACrash() {
        CommandLine noPipeline = new CommandLine(new FakeServices(Map.of(), List.of()),
                new Output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false));
        assertEquals(1, noPipeline.execute(List.of("run")));
        assertTrue(err().contains("the pipeline service is not available"), err());
    }

    @Test
    void bundlesAreListed() {
        assertEquals(0, cli(false).execute(List.of("bundles")));
        assertEquals("  0  ACTIVE    org.apache.felix.framework 7.0.5\n", out());
    }

    @Test
    void matchesAreMarked() {
        SearchHit hit = new SearchHit("a.txt", new Span(10, 30), "call the hotline now", List.of(new Span(9, 16)), 1f);
        assertEquals("call the [hotline] now", cli(false).marked(hit));
        assertEquals("call the \033[1mhotline\033[0m now", cli(true).marked(hit));
    }

    @Test
    void argumentsParse() throws Exception {
        Arguments a = Arguments.parse(List.of("x", "--limit", "5", "--all", "y"), Set.of("limit"), Set.of("all"));
        assertEquals(List.of("x", "y"), a.positional());
        assertEquals(5, a.intOption("limit", 1, 1));
        assertTrue(a.flag("all"));
        UsageException e = assertThrows(UsageException.class, () -> Arguments.parse(List.of("--limit"), Set.of("limit"), Set.of()));
        assertEquals("option --limit needs a value", e.getMessage());
    }
}
