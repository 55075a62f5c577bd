package org.factdesk.api.evidence;

import java.io.IOException;
import java.util.List;

import org.factdesk.api.detect.Flag;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Proposes evidence for a flag. Register an implementation as an OSGi service with the property {@link #NAME};
 * {@code factdesk show} asks every source it finds, so adding a source of evidence is adding a bundle.
 */
@ConsumerType
public interface EvidenceSource {
    /** Service property: the source's name, e.g. {@code registry}. */
    String NAME = "factdesk.evidence.source";

    /** Candidates for the flag, best first; never null. */
    List<Evidence> candidates(Flag flag, EvidenceRequest request) throws IOException;
}
