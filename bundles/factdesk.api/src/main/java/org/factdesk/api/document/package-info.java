/**
 * Documents as Factdesk sees them: extracted text with its block structure and spans into it.
 */
@Export
@Version("1.0.0")
package org.factdesk.api.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
