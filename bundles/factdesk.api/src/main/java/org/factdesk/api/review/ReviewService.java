package org.factdesk.api.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.factdesk.api.detect.Flag;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The review workflow over a workspace: the flags of the last run with the status the journal gives them, and
 * the recording of decisions. The status of a flag is derived, never stored: the journal is the truth.
 *
 * <p>Statuses: {@code open}, {@code verified}, {@code corrected}, {@code disputed}, {@code unverifiable},
 * {@code not-a-claim}, {@code needs-recheck}. Each returned flag carries {@code version} (the sequence of its
 * latest decision, 0 when none) and, once reviewed, {@code verdict}, {@code evidence}, {@code reviewer},
 * {@code reviewed_at}, and for verified phones {@code verified_at} and {@code recheck_due}.
 */
@ProviderType
public interface ReviewService {
    /** Every flag of the workspace with its current status, in document order. */
    List<Flag> flags(Path workspace, LocalDate asOf) throws IOException;

    /** The flags that need a person: open and needs-recheck, highest priority first. */
    List<Flag> queue(Path workspace, LocalDate asOf) throws IOException;

    Optional<Flag> flag(Path workspace, String flagId, LocalDate asOf) throws IOException;

    /**
     * Records a decision durably.
     *
     * @throws IllegalArgumentException    a field is missing or malformed (the message names it)
     * @throws IllegalTransitionException  the verdict is not allowed from the current status
     * @throws StaleDecisionException      the flag changed since {@code expectedVersion}
     */
    Decision review(Path workspace, ReviewRequest request, LocalDate asOf)
            throws IOException, IllegalTransitionException, StaleDecisionException;

    /**
     * Decisions that lost their claim: the document changed so that neither the quote nor a sentence like the old
     * one can be found. They are listed for a person to resolve, never dropped.
     */
    List<Decision> orphans(Path workspace) throws IOException;

    /** Every decision attached to the flag (also those made before a document edit moved it), oldest first. */
    List<Decision> history(Path workspace, String flagId) throws IOException;
}
