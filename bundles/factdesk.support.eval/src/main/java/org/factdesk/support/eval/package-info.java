/**
 * Measuring detectors: reading labelled data (RFC 4180 CSV, the ClaimBuster files) and the figures of a binary
 * classifier (precision, recall, F1 at a threshold, average precision of the ranking). Shared by the claim
 * model's training and by {@code factdesk eval}.
 */
@Export
@Version("1.0.0")
package org.factdesk.support.eval;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
