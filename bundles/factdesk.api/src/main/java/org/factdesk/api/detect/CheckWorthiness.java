package org.factdesk.api.detect;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Scores how check-worthy a sentence is: whether it makes a factual assertion that an editor should verify.
 * The claim detector uses it to rank claims; {@code factdesk eval --claimbuster} measures it on labelled data.
 * Register an implementation as an OSGi service with the property {@link #MODEL} naming the model.
 *
 * <p>Contract: deterministic, thread-safe, never throws for any text.
 */
@ConsumerType
public interface CheckWorthiness {
    /** Service property: the model's name and version, e.g. {@code claimbuster-lr-2}. */
    String MODEL = "factdesk.checkworthiness.model";

    /** @return a score from 0 (not a checkable claim) to 1 (certainly a check-worthy factual claim) */
    double score(String sentence);

    /** The score at and above which a sentence is reported as a claim. */
    double threshold();
}
