/**
 * Extension point: exporters that write the reviewed dataset in one format each.
 */
@Export
@Version("1.0.0")
package org.factdesk.api.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
