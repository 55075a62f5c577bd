/**
 * The {@code flags.jsonl} format, shared by the bundles that write and read it (pipeline, review, export).
 * Jackson stays behind this package: its types appear in no signature.
 */
@Export
@Version("1.0.0")
package org.factdesk.support.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
