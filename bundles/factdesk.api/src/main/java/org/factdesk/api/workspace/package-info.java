/**
 * The workspace as a whole: backing it up and restoring it.
 */
@Export
@Version("1.0.0")
package org.factdesk.api.workspace;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
