/**
 * Extension point: the full-text index of documents and their passages.
 */
@Export
@Version("1.0.0")
package org.factdesk.api.index;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
