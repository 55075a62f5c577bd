package org.factdesk.cli.internal;

import java.util.List;
import java.util.function.Supplier;

import org.factdesk.api.detect.CheckWorthiness;
import org.factdesk.api.evidence.EvidenceSource;
import org.factdesk.api.export.ExportService;
import org.factdesk.api.index.IndexService;
import org.factdesk.api.pipeline.Pipeline;
import org.factdesk.api.review.ReviewService;

/**
 * The services the commands use, looked up when a command runs (they come and go with their bundles); a
 * supplier returns null, or an empty list, when none is registered.
 */
record Services(Supplier<Pipeline> pipeline, Supplier<IndexService> index, Supplier<ReviewService> review,
                Supplier<List<EvidenceSource>> evidence, Supplier<CheckWorthiness> checkWorthiness,
                Supplier<ExportService> export, Supplier<List<BundleInfo>> bundles) {
}
