package org.factdesk.cli.internal;

import org.factdesk.api.index.IndexService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.evidence.Evidence;
import org.factdesk.api.evidence.EvidenceRequest;
import org.factdesk.api.evidence.EvidenceSource;
import org.factdesk.api.index.DocumentIndex;
import org.factdesk.api.review.Decision;
import org.factdesk.api.review.IllegalTransitionException;
import org.factdesk.api.review.ReviewRequest;
import org.factdesk.api.review.ReviewService;
import org.factdesk.api.review.StaleDecisionException;
import org.factdesk.api.review.Verdict;

/** queue, show, review, history, status: the review workflow at a terminal. */
final class ReviewCommands {
    private static final int EVIDENCE_PER_SOURCE = 5;
    private static final Set<String> SHOWN_LATER = Set.of("version", "verdict", "evidence", "reviewer", "reviewed_at",
            "note", "corrected_value", "verified_at", "recheck_due", "recheck_reason");

    private final Services services;
    private final Output o;

    ReviewCommands(Services services, Output output) {
        this.services = services;
        this.o = output;
    }

    int queue(List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("data", "limit", "type", "as-of"), Set.of());
        int limit = a.intOption("limit", 50, 1);
        String type = a.option("type", null);
        List<Flag> queue = review().queue(Output.workspace(a), Output.asOf(a));
        int shown = 0;
        for (Flag f : queue) {
            if (type != null && !f.type().equals(type)) {
                continue;
            }
            if (shown++ == limit) {
                break;
            }
            o.out().printf(Locale.ROOT, "%.2f  %-13s %-11s %s  %s  %s → %s%n", f.priority(), f.status(), f.type(), f.id(),
                    f.doc(), oneLine(f.text(), 60), oneLine(f.normalized(), 60));
        }
        o.out().printf(Locale.ROOT, "%d flags to review%n", type == null ? queue.size()
                : queue.stream().filter(f -> f.type().equals(type)).count());
        return 0;
    }

    int show(List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("data", "corpus", "as-of"), Set.of());
        String id = single(a, "show needs a flag id");
        Path ws = Output.workspace(a);
        Flag f = find(ws, id, Output.asOf(a));
        o.out().println(f.id() + "  " + f.type() + "  " + f.status() + "  version " + f.attributes().getOrDefault("version", "0")
                + "  priority " + f.priority());
        o.out().println("document:   " + f.doc() + " [" + f.start() + "-" + f.end() + "]");
        o.out().println("text:       " + f.text());
        o.out().println("normalized: " + f.normalized());
        o.out().println("context:    " + f.context());
        Map<String, String> attributes = new TreeMap<>(f.attributes());
        attributes.keySet().removeAll(SHOWN_LATER);
        attributes.forEach((k, v) -> o.out().println(String.format(Locale.ROOT, "%-11s %s", k + ":", v)));
        if (f.attributes().containsKey("verdict")) {
            o.out().println("decision:   " + f.attributes().get("verdict") + " by " + f.attributes().get("reviewer") + " at "
                    + f.attributes().get("reviewed_at") + ", evidence " + f.attributes().get("evidence"));
            for (String k : List.of("corrected_value", "note", "verified_at", "recheck_due", "recheck_reason")) {
                if (f.attributes().containsKey(k)) {
                    o.out().println(String.format(Locale.ROOT, "%-11s %s", k + ":", f.attributes().get(k)));
                }
            }
        }
        printEvidence(f, ws, Output.corpus(a, ws));
        return 0;
    }

    private void printEvidence(Flag f, Path ws, Path corpus) throws IOException {
        List<EvidenceSource> sources = services.all(EvidenceSource.class);
        o.out().println("evidence candidates:");
        if (sources.isEmpty()) {
            o.out().println("  (no evidence source is installed)");
            return;
        }
        try (DocumentIndex index = Output.require(services.one(IndexService.class), "index").open(ws.resolve("index"))) {
            EvidenceRequest request = new EvidenceRequest(corpus, index, EVIDENCE_PER_SOURCE);
            int n = 0;
            for (EvidenceSource source : sources) {
                for (Evidence e : source.candidates(f, request)) {
                    n++;
                    o.out().printf(Locale.ROOT, "  %d. %s  [%s]  %s%n     %s%n     %s%n", n, e.assessment().label().toUpperCase(Locale.ROOT),
                            e.source(), e.reference(), e.reason(), o.marked(oneLine(e.passage(), 400), e.highlights()));
                }
            }
            if (n == 0) {
                o.out().println("  (none found)");
            }
        }
    }

    int review(List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("data", "verdict", "value", "evidence", "read-on", "note", "reviewer",
                "expect", "as-of"), Set.of("batch"));
        if (a.flag("batch")) {
            return batch(a);
        }
        String id = single(a, "review needs a flag id");
        String verdictLabel = a.option("verdict", null);
        if (verdictLabel == null) {
            throw new UsageException("review needs --verdict (verified, corrected, disputed, unverifiable, not-a-claim)");
        }
        Verdict verdict;
        try {
            verdict = Verdict.fromLabel(verdictLabel);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String evidence = a.option("evidence", "");
        if (a.option("read-on", null) != null) {
            evidence = evidence + " (read " + a.option("read-on", "") + ")";
        }
        long expected = a.intOption("expect", -1, 0);
        String reviewer = a.option("reviewer", System.getProperty("user.name", ""));
        ReviewRequest request = new ReviewRequest(id, expected, verdict, a.option("value", ""), evidence,
                a.option("note", ""), reviewer);
        try {
            Decision d = review().review(Output.workspace(a), request, Output.asOf(a));
            o.out().println("recorded decision " + d.sequence() + ": " + d.flagId() + " " + d.verdict().label() + " by "
                    + d.reviewer() + " at " + d.at());
            return 0;
        } catch (IllegalArgumentException | IllegalTransitionException | StaleDecisionException e) {
            o.err().println("factdesk: review refused: " + e.getMessage());
            return e instanceof StaleDecisionException ? 3 : 1;
        }
    }

    /**
     * Many decisions from standard input, one per line, tab-separated: flag id, verdict, evidence, note, reviewer,
     * and for {@code corrected} the value. Each is acknowledged on standard output ({@code recorded N ...}) only
     * once it is durable in the journal; a refused line is reported and the batch goes on.
     */
    private int batch(Arguments a) throws IOException, UsageException {
        Path ws = Output.workspace(a);
        LocalDate asOf = Output.asOf(a);
        java.io.BufferedReader in = new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        int refused = 0;
        int lineNumber = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                o.err().println("factdesk: line " + lineNumber + ": needs flag, verdict, evidence, note, reviewer (tab-separated)");
                refused++;
                continue;
            }
            try {
                ReviewRequest r = new ReviewRequest(f[0], -1, Verdict.fromLabel(f[1]), f.length > 5 ? f[5] : "", f[2], f[3], f[4]);
                Decision d = review().review(ws, r, asOf);
                o.out().println("recorded " + d.sequence() + " " + d.flagId() + " " + d.verdict().label());
                o.out().flush();
            } catch (IllegalArgumentException | IllegalTransitionException | StaleDecisionException e) {
                o.err().println("factdesk: line " + lineNumber + " refused: " + e.getMessage());
                refused++;
            }
        }
        return refused == 0 ? 0 : 1;
    }

    int history(List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("data"), Set.of());
        String id = single(a, "history needs a flag id");
        List<Decision> decisions = review().history(Output.workspace(a), id);
        if (decisions.isEmpty()) {
            o.out().println("no decisions on " + id);
        }
        for (Decision d : decisions) {
            o.out().printf(Locale.ROOT, "#%d  %s  %-12s by %s  evidence %s%s%s%n", d.sequence(), d.at(), d.verdict().label(),
                    d.reviewer(), d.evidence().isEmpty() ? "-" : d.evidence(),
                    d.value().isEmpty() ? "" : "  value " + d.value(), d.note().isEmpty() ? "" : "  note: " + d.note());
        }
        return 0;
    }

    int status(List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("data", "as-of", "due-within"), Set.of());
        Path ws = Output.workspace(a);
        LocalDate asOf = Output.asOf(a);
        int window = a.intOption("due-within", 30, 0);
        List<Flag> flags = review().flags(ws, asOf);
        Map<String, Integer> byStatus = new TreeMap<>();
        List<Flag> due = new ArrayList<>();
        for (Flag f : flags) {
            byStatus.merge(f.status(), 1, Integer::sum);
            String dueOn = f.attributes().get("recheck_due");
            if (dueOn != null && !LocalDate.parse(dueOn).isAfter(asOf.plusDays(window))) {
                due.add(f);
            }
        }
        o.out().println("flags: " + flags.size());
        byStatus.forEach((s, n) -> o.out().printf(Locale.ROOT, "  %-14s %d%n", s, n));
        o.out().printf(Locale.ROOT, "re-checks due within %d days: %d%n", window, due.size());
        for (Flag f : due) {
            o.out().printf(Locale.ROOT, "  %s  %s  %s  due %s%n", f.id(), f.doc(), f.normalized(), f.attributes().get("recheck_due"));
        }
        List<Decision> orphans = review().orphans(ws);
        o.out().println("decisions whose claim is gone: " + orphans.size());
        for (Decision d : orphans) {
            o.out().printf(Locale.ROOT, "  #%d %s on %s in %s: \"%s\"%n", d.sequence(), d.verdict().label(), d.flagId(), d.doc(),
                    oneLine(d.quote(), 80));
        }
        return 0;
    }

    private ReviewService review() throws IOException {
        return Output.require(services.one(ReviewService.class), "review");
    }

    private Flag find(Path ws, String id, LocalDate asOf) throws IOException {
        Optional<Flag> f = review().flag(ws, id, asOf);
        if (f.isEmpty()) {
            throw new IOException("no flag with id " + id + " in " + ws);
        }
        return f.get();
    }

    private static String single(Arguments a, String message) throws UsageException {
        if (a.positional().size() != 1) {
            throw new UsageException(message);
        }
        return a.positional().get(0);
    }

    static String oneLine(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
