/**
 * Extension point: sources of evidence for a flag (primary documents, the reference registry, ...), and the
 * assessed candidates they propose.
 */
@Export
@Version("1.0.0")
package org.factdesk.api.evidence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
