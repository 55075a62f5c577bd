/**
 * Extension point: the store of review decisions (the journal, which is the truth).
 */
@Export
@Version("1.0.0")
package org.factdesk.api.review;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
