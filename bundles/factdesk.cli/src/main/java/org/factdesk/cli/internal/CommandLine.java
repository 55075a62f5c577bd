package org.factdesk.cli.internal;

import org.factdesk.api.index.IndexService;
import org.factdesk.api.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.factdesk.api.index.DocumentIndex;
import org.factdesk.api.index.SearchHit;
import org.factdesk.api.export.ExportService;
import org.factdesk.api.pipeline.ProgressListener;
import org.factdesk.api.workspace.WorkspaceArchive;
import org.factdesk.api.pipeline.RunReport;
import org.factdesk.api.pipeline.RunRequest;

/**
 * The Factdesk commands, the same for the launcher's command line and the Gogo shell. Plain logic over the
 * services it is given, so it is testable without a framework.
 *
 * <p>Exit codes: 0 done, 1 the job failed, 2 the command line was wrong.
 */
final class CommandLine {
    static final String USAGE = """
            usage: factdesk COMMAND [ARGS]
              run [CORPUS] [--out DIR] [--data DIR] [--threads N] [--as-of YYYY-MM-DD]
                    ingest CORPUS (default: corpus), run every detector, index, write OUT/flags.jsonl
                    and the reviewed dataset in every format to OUT/dataset/
              export [--format NAME]... [--out DIR] [--data DIR] [--include-unverified]
                    write the reviewed dataset (default OUT: out/dataset); only verified and corrected
                    records unless --include-unverified
              search QUERY [--data DIR] [--limit N]
                    search the index (Lucene query syntax), best passages first, matches marked
              queue [--data DIR] [--type T] [--limit N]
                    the flags that need a person, highest priority first
              show FLAG_ID [--data DIR]
                    a flag, its context, its decision and evidence candidates
              review FLAG_ID --verdict V [--value X] --evidence E [--read-on DATE] [--note N] --reviewer R [--expect VERSION]
                    record a decision (verified, corrected, disputed, unverifiable, not-a-claim); evidence is
                    doc:PATH#START-END or a URL with --read-on YYYY-MM-DD; exit 3 when the flag changed meanwhile
              review --batch [--data DIR]
                    decisions from standard input, one per line: FLAG<TAB>VERDICT<TAB>EVIDENCE<TAB>NOTE<TAB>REVIEWER[<TAB>VALUE]
              history FLAG_ID [--data DIR]   every decision on a flag
              status [--data DIR] [--due-within DAYS]   counts per status, due re-checks, orphaned decisions
              eval ANNOTATIONS [--corpus DIR] [--misses]
                    precision, recall and F1 per flag type against hand-made annotations
              eval --claimbuster [FILE]
                    F1 and average precision of the check-worthiness model on ClaimBuster's groundtruth.csv
              backup FILE [--data DIR] [--corpus DIR]
                    the journal, settings and reference registry in one zip with checksums (safe while editors work)
              restore FILE [--data DIR] [--corpus DIR]
                    put a backup back after checking every checksum; replaced files are kept as *.before-restore
              bench [CORPUS] [--warmup N] [--rounds N] [--threads N] [--detectors]
                    timings on a real corpus (features/factdesk.app/bench); --detectors: CPU time per detector only,
                    the least of --rounds rounds
              serve [--port 8080] [--host 127.0.0.1] [--data DIR]
                    the review workbench in the browser (127.0.0.1 unless --host says otherwise)
              user add NAME --role viewer|editor|maintainer|admin [--password-file FILE] [--data DIR] | user list
                    the workbench's users
              bundles   list the installed OSGi bundles and their state
              shell     the Gogo shell, with these commands as factdesk:run, factdesk:search, ...
              help      this text
            """;

    private final Services services;
    private final Output output;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    CommandLine(Services services, Output output) {
        this.services = services;
        this.output = output;
        this.out = output.out();
        this.err = output.err();
        this.terminal = output.terminal();
    }

    int execute(List<String> args) {
        if (args.isEmpty()) {
            err.print(USAGE);
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "run" -> run(rest);
                case "search" -> search(rest);
                case "bundles" -> bundles();
                case "queue" -> new ReviewCommands(services, output).queue(rest);
                case "show" -> new ReviewCommands(services, output).show(rest);
                case "review" -> new ReviewCommands(services, output).review(rest);
                case "history" -> new ReviewCommands(services, output).history(rest);
                case "status" -> new ReviewCommands(services, output).status(rest);
                case "export" -> export(rest);
                case "serve" -> ServeCommand.run(rest, output);
                case "user" -> UserCommand.run(rest, output);
                case "eval" -> new EvalCommand(services, output).run(rest);
                case "bench" -> new BenchCommand(services, output).run(rest);
                case "backup" -> archive(rest, true);
                case "restore" -> archive(rest, false);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("unknown command '" + args.get(0) + "'");
            };
        } catch (UsageException e) {
            err.println("factdesk: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("factdesk: " + args.get(0) + " failed: " + e.getMessage());
            return 1;
        }
    }

    private int run(List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("out", "data", "threads", "as-of"), Set.of());
        if (a.positional().size() > 1) {
            throw new UsageException("run takes one corpus folder, got " + a.positional());
        }
        Path corpus = Path.of(a.positional().isEmpty() ? "corpus" : a.positional().get(0));
        int threads = a.intOption("threads", Runtime.getRuntime().availableProcessors(), 1);
        RunRequest request = new RunRequest(corpus, Path.of(a.option("out", "out")), Path.of(a.option("data", ".factdesk")),
                Output.asOf(a), threads);
        ProgressListener progress = terminal ? new TerminalProgress(err) : ProgressListener.NONE;
        RunReport report = Output.require(services.one(Pipeline.class), "pipeline").run(request, progress);
        if (terminal) {
            err.print("\r\033[K");
        }
        printSummary(report);
        ExportService exporter = services.one(ExportService.class);
        if (exporter != null) {
            ExportService.ExportSummary s = exporter.export(request.data(), request.corpus(), request.out().resolve("dataset"),
                    List.of(), false, request.asOf());
            out.printf(Locale.ROOT, "dataset: %d resources, %d phones, %d claims verified → %s%n", s.resources(), s.phones(),
                    s.claims(), request.out().resolve("dataset"));
        }
        return 0;
    }

    private int archive(List<String> args, boolean backup) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("data", "corpus"), Set.of());
        if (a.positional().size() != 1) {
            throw new UsageException((backup ? "backup" : "restore") + " needs one zip file");
        }
        Path zip = Path.of(a.positional().get(0));
        Path ws = Path.of(a.option("data", ".factdesk"));
        WorkspaceArchive archive = Output.require(services.one(WorkspaceArchive.class), "workspace archive");
        if (backup) {
            List<String> entries = archive.backup(Output.workspace(a), Output.corpus(a, Output.workspace(a)), zip);
            out.println("backed up " + entries.size() + " entries to " + zip);
        } else {
            java.nio.file.Files.createDirectories(ws);
            List<String> entries = archive.restore(zip, ws, Output.corpus(a, ws));
            out.println("restored " + entries.size() + " entries from " + zip + "; run 'factdesk run' to rebuild the index");
        }
        return 0;
    }

    private int export(List<String> args) throws UsageException, IOException {
        List<String> formats = new java.util.ArrayList<>();
        List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--format") && i + 1 < args.size()) {
                formats.add(args.get(++i));
            } else {
                rest.add(args.get(i));
            }
        }
        Arguments a = Arguments.parse(rest, Set.of("out", "data", "corpus", "as-of"), Set.of("include-unverified"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("export takes no positional arguments, got " + a.positional());
        }
        Path ws = Output.workspace(a);
        Path dir = Path.of(a.option("out", "out/dataset"));
        ExportService.ExportSummary s;
        try {
            s = Output.require(services.one(ExportService.class), "export").export(ws, Output.corpus(a, ws), dir, formats,
                    a.flag("include-unverified"), Output.asOf(a));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        out.printf(Locale.ROOT, "exported %d resources, %d phones, %d claims%s to %s%n", s.resources(), s.phones(), s.claims(),
                a.flag("include-unverified") ? " (unverified included, marked)" : "", dir);
        out.printf(Locale.ROOT, "since the previous export: %d added, %d removed, %d changed (see changes.json)%n",
                s.added(), s.removed(), s.changed());
        for (String f : s.files()) {
            out.println("  " + f);
        }
        return 0;
    }

    private void printSummary(RunReport r) {
        out.printf(Locale.ROOT, "documents: %d (%d processed, %d unchanged, %d failed), %.1f KB in %.2f s%n",
                r.documents(), r.processed(), r.unchanged(), r.documents() - r.processed() - r.unchanged(),
                r.bytes() / 1024.0, r.millis() / 1000.0);
        StringBuilder types = new StringBuilder();
        for (Map.Entry<String, Integer> e : r.flagsByType().entrySet()) {
            types.append(types.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        out.printf(Locale.ROOT, "flags: %d%s%n", r.flags(), types.isEmpty() ? "" : " (" + types + ")");
        out.printf(Locale.ROOT, "errors: %d%n", r.errors().size());
        for (String e : r.errors()) {
            err.println("error: " + e);
        }
        out.println("wrote " + r.flagsFile());
    }

    private int search(List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("data", "limit"), Set.of());
        if (a.positional().isEmpty()) {
            throw new UsageException("search needs a query");
        }
        String query = String.join(" ", a.positional());
        int limit = a.intOption("limit", 10, 1);
        Path data = Path.of(a.option("data", ".factdesk"));
        if (!data.resolve("index").toFile().isDirectory()) {
            err.println("factdesk: no index in " + data + ": run 'factdesk run' first");
            return 1;
        }
        try (DocumentIndex idx = Output.require(services.one(IndexService.class), "index").open(data.resolve("index"))) {
            List<SearchHit> hits;
            try {
                hits = idx.search(query, limit);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (hits.isEmpty()) {
                out.println("no passage matches: " + query);
            }
            for (SearchHit h : hits) {
                out.printf(Locale.ROOT, "%s [%d-%d] score %.2f%n", h.doc(), h.passage().start(), h.passage().end(), h.score());
                out.println("  " + marked(h));
            }
        }
        return 0;
    }

    /** The passage with its matches in bold on a terminal, in [brackets] otherwise. */
    String marked(SearchHit hit) {
        return output.marked(hit.text(), hit.highlights());
    }

    private int bundles() {
        for (BundleInfo b : services.bundles()) {
            out.printf(Locale.ROOT, "%3d  %-9s %s %s%n", b.id(), b.state(), b.symbolicName(), b.version());
        }
        return 0;
    }
}
