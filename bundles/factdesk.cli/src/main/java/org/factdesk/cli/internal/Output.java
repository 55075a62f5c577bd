package org.factdesk.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.factdesk.api.document.Span;

/** Where commands write, whether it is a terminal, and the helpers every command shares. */
record Output(PrintStream out, PrintStream err, boolean terminal) {
    /** {@code text} with the spans marked: bold on a terminal, [brackets] otherwise. */
    String marked(String text, List<Span> spans) {
        String open = terminal ? "\033[1m" : "[";
        String close = terminal ? "\033[0m" : "]";
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at || s.end() > text.length()) {
                continue;
            }
            sb.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
            at = s.end();
        }
        return sb.append(text.substring(at)).toString();
    }

    static <T> T require(T service, String what) throws IOException {
        if (service == null) {
            throw new IOException("the " + what + " service is not available: check 'factdesk bundles'");
        }
        return service;
    }

    static LocalDate asOf(Arguments a) throws UsageException {
        String v = a.option("as-of", null);
        if (v == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of needs a date like 2026-01-31: " + v);
        }
    }

    /** The workspace folder of {@code --data}, which must exist. */
    static Path workspace(Arguments a) throws IOException {
        Path data = Path.of(a.option("data", ".factdesk"));
        if (!Files.isDirectory(data)) {
            throw new IOException("no workspace in " + data + ": run 'factdesk run' first");
        }
        return data;
    }

    /** The corpus the workspace was built from, unless {@code --corpus} says otherwise. */
    static Path corpus(Arguments a, Path workspace) throws IOException {
        String given = a.option("corpus", null);
        if (given != null) {
            return Path.of(given);
        }
        Path recorded = workspace.resolve("corpus.path");
        return Files.isRegularFile(recorded) ? Path.of(Files.readString(recorded).strip()) : Path.of("corpus");
    }
}
