package org.factdesk.verify.internal;

import java.io.IOException;
import java.util.List;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.evidence.Evidence;
import org.factdesk.api.evidence.EvidenceRequest;
import org.factdesk.api.evidence.EvidenceSource;
import org.osgi.service.component.annotations.Component;

/** Evidence from the reference registry: what a maintainer already verified (see {@link PhoneAssessor}). */
@Component(property = EvidenceSource.NAME + "=registry")
public final class RegistryEvidenceSource implements EvidenceSource {
    @Override
    public List<Evidence> candidates(Flag flag, EvidenceRequest request) throws IOException {
        List<Evidence> found = PhoneAssessor.assess(flag, ReferenceRegistry.load(request.corpus()));
        return found.size() > request.limit() ? found.subList(0, request.limit()) : found;
    }
}
