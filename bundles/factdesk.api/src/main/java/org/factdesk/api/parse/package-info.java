/**
 * Extension point: document parsers, one service per media type, chosen by file extension.
 */
@Export
@Version("1.0.0")
package org.factdesk.api.parse;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
