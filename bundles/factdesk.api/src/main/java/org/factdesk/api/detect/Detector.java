package org.factdesk.api.detect;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Finds one kind of flag in a document. Register an implementation as an OSGi service with the properties
 * {@link #TYPE} and {@link #VERSION}; the pipeline runs every detector it finds, so adding a detector is
 * adding a bundle.
 *
 * <p>Contract: {@link #detect} is a pure function of its input (the same document gives the same findings, in
 * the same order), is thread-safe, and never throws for any text; a detector that cannot judge a passage
 * skips it. Findings must lie within the text.
 */
@ConsumerType
public interface Detector {
    /** Service property: the flag type this detector produces, one of {@link FlagTypes}. */
    String TYPE = "factdesk.detector.type";
    /**
     * Service property: the detector's behaviour version. Change it whenever the detector's output may change,
     * so that cached results for unchanged documents are recomputed.
     */
    String VERSION = "factdesk.detector.version";

    List<Finding> detect(AnalyzedDocument document);
}
