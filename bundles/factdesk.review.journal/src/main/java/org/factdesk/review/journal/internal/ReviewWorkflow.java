package org.factdesk.review.journal.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.pipeline.CorpusStage;
import org.factdesk.api.pipeline.CorpusView;
import org.factdesk.api.pipeline.RunRequest;
import org.factdesk.api.review.Decision;
import org.factdesk.api.review.IllegalTransitionException;
import org.factdesk.api.review.ReviewRequest;
import org.factdesk.api.review.ReviewService;
import org.factdesk.api.review.ReviewStatus;
import org.factdesk.api.review.ReviewStore;
import org.factdesk.api.review.StaleDecisionException;
import org.factdesk.api.review.Verdict;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The review workflow over the journal. It is also the last stage of the main job (order 200): the flags a run
 * writes carry the status the journal gives them. One journal object per workspace serves every caller in this
 * JVM, so appends are serialized here as well as across processes.
 *
 * <p>The re-check period of verified phone numbers is {@value #DEFAULT_RECHECK_DAYS} days unless the framework
 * or system property {@code factdesk.recheck.days} says otherwise.
 */
@Component(service = {ReviewService.class, ReviewStore.class, CorpusStage.class, ReviewWorkflow.class},
        property = CorpusStage.ORDER + ":Integer=200")
public final class ReviewWorkflow implements ReviewService, ReviewStore, CorpusStage {
    static final int DEFAULT_RECHECK_DAYS = 365;
    static final String JOURNAL = "journal.jsonl";
    static final String FLAGS = "flags.jsonl";

    private final Map<Path, JournalFile> journals = new ConcurrentHashMap<>();
    private final DetectedFlags detectedFlags = new DetectedFlags();
    private final int recheckDays;
    private final Clock clock;

    @Activate
    public ReviewWorkflow(BundleContext context) {
        this(recheckDays(context.getProperty("factdesk.recheck.days")), Clock.systemUTC());
    }

    ReviewWorkflow(int recheckDays, Clock clock) {
        this.recheckDays = recheckDays;
        this.clock = clock;
    }

    static int recheckDays(String property) {
        if (property == null || property.isBlank()) {
            return DEFAULT_RECHECK_DAYS;
        }
        try {
            int days = Integer.parseInt(property.strip());
            if (days < 1) {
                throw new IllegalArgumentException("factdesk.recheck.days must be at least 1: " + property);
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("factdesk.recheck.days must be a whole number of days: " + property, e);
        }
    }

    JournalFile journal(Path workspace) throws IOException {
        Path key = workspace.toAbsolutePath().normalize();
        JournalFile j = journals.get(key);
        if (j == null) {
            synchronized (journals) {
                j = journals.get(key);
                if (j == null) {
                    j = JournalFile.open(key.resolve(JOURNAL));
                    journals.put(key, j);
                }
            }
        }
        return j;
    }

    /** Drops the cached journal of a workspace, after a restore replaced its file. */
    void forget(Path workspace) {
        journals.remove(workspace.toAbsolutePath().normalize());
        detectedFlags.forget(workspace.resolve(FLAGS));
    }

    // --- CorpusStage: the status column of flags.jsonl ---

    /**
     * Only the documents the journal has decisions on: a decision attaches to a flag of its own document, and the
     * flags of every other document stay as they were born, open at version 0.
     */
    @Override
    public Predicate<String> documents(RunRequest request) throws IOException {
        Set<String> decided = new HashSet<>();
        for (Decision d : journal(request.data()).decisions()) {
            decided.add(d.doc());
        }
        return decided::contains;
    }

    @Override
    public List<Flag> process(CorpusView corpus) throws IOException {
        List<Decision> decisions = journal(corpus.request().data()).decisions();
        return StatusProjection.apply(corpus.flags(), Anchoring.attach(corpus.flags(), decisions),
                corpus.request().asOf(), recheckDays);
    }

    // --- ReviewService ---

    @Override
    public List<Flag> flags(Path workspace, LocalDate asOf) throws IOException {
        List<Flag> detected = detected(workspace);
        return StatusProjection.apply(detected, Anchoring.attach(detected, journal(workspace).decisions()), asOf, recheckDays);
    }

    @Override
    public List<Flag> queue(Path workspace, LocalDate asOf) throws IOException {
        List<Flag> open = new ArrayList<>();
        for (Flag f : flags(workspace, asOf)) {
            if (f.status().equals(ReviewStatus.OPEN) || f.status().equals(ReviewStatus.NEEDS_RECHECK)) {
                open.add(f);
            }
        }
        open.sort(Comparator.comparingDouble(Flag::priority).reversed()
                .thenComparing(f -> f.status().equals(ReviewStatus.NEEDS_RECHECK) ? 0 : 1)
                .thenComparing(Flag::doc).thenComparingInt(Flag::start));
        return open;
    }

    @Override
    public Optional<Flag> flag(Path workspace, String flagId, LocalDate asOf) throws IOException {
        return flags(workspace, asOf).stream().filter(f -> f.id().equals(flagId)).findFirst();
    }

    @Override
    public Decision review(Path workspace, ReviewRequest r, LocalDate asOf)
            throws IOException, IllegalTransitionException, StaleDecisionException {
        if (r.reviewer().isEmpty()) {
            throw new IllegalArgumentException("reviewer: say who decides (--reviewer NAME)");
        }
        if (r.verdict() != Verdict.NOT_A_CLAIM) {
            if (r.evidence().isEmpty()) {
                throw new IllegalArgumentException("evidence: a '" + r.verdict().label()
                        + "' verdict needs evidence: 'doc:PATH#START-END' or 'https://... (read YYYY-MM-DD)'");
            }
            EvidenceRef.check(r.evidence(), asOf);
        }
        if (r.verdict() == Verdict.CORRECTED && r.value().isEmpty()) {
            throw new IllegalArgumentException("value: a 'corrected' verdict needs the corrected value (--value X)");
        }
        DetectedFlags.Snapshot detected = detectedFlags.of(workspace, workspace.resolve(FLAGS));
        Flag target = detected.byId().get(r.flagId());
        if (target == null) {
            throw new IllegalArgumentException("no flag with id " + r.flagId() + " in " + workspace);
        }
        Instant now = clock.instant();
        return journal(workspace).append(recorded -> {
            // the status of one flag depends on its own decisions only: project just that flag
            Anchoring.Result anchored = Anchoring.attach(detected.flags(), recorded);
            Flag flag = StatusProjection.apply(List.of(target), anchored, asOf, recheckDays).get(0);
            long version = Long.parseLong(flag.attributes().getOrDefault("version", "0"));
            if (r.expectedVersion() >= 0 && r.expectedVersion() != version) {
                throw new StaleDecisionException("flag " + r.flagId() + " is at version " + version
                        + ", the decision was made against version " + r.expectedVersion() + ": reload and decide again");
            }
            String refusal = Transitions.refusal(flag.status(), r.verdict());
            if (refusal != null) {
                throw new IllegalTransitionException(refusal);
            }
            return new Decision(flag.id(), 0, r.verdict(), r.verdict() == Verdict.CORRECTED ? r.value() : "",
                    r.evidence(), r.note(), r.reviewer(), now, flag.doc(), flag.type(), flag.text(), flag.context());
        });
    }

    @Override
    public List<Decision> history(Path workspace, String flagId) throws IOException {
        List<Flag> detected = detected(workspace);
        List<Decision> attached = Anchoring.attach(detected, journal(workspace).decisions()).byFlag().get(flagId);
        return attached == null ? List.of() : List.copyOf(attached);
    }

    @Override
    public List<Decision> orphans(Path workspace) throws IOException {
        return Anchoring.attach(detected(workspace), journal(workspace).decisions()).orphans();
    }

    private List<Flag> detected(Path workspace) throws IOException {
        return detectedFlags.of(workspace, workspace.resolve(FLAGS)).flags();
    }

    // --- ReviewStore ---

    @Override
    public Journal open(Path workspace) throws IOException {
        JournalFile file = journal(workspace);
        return new Journal() {
            @Override
            public Decision append(Decision decision, long expectedSequence) throws IOException, StaleDecisionException {
                try {
                    return file.append(recorded -> {
                        long latest = recorded.stream().filter(d -> d.flagId().equals(decision.flagId()))
                                .mapToLong(Decision::sequence).max().orElse(0);
                        if (latest != expectedSequence) {
                            throw new StaleDecisionException("flag " + decision.flagId() + " is at version " + latest
                                    + ", not " + expectedSequence);
                        }
                        return decision;
                    });
                } catch (IllegalTransitionException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public List<Decision> all() throws IOException {
                return file.decisions();
            }

            @Override
            public void close() {
            }
        };
    }
}
