/**
 * JSON as Factdesk writes it: the {@code flags.jsonl} format, shared by the bundles that write and read it
 * (pipeline, review, export), whose signatures carry no Jackson type; and {@link org.factdesk.support.json.PrettyJson},
 * the one deterministic pretty-printer of the JSON exports, for bundles that build Jackson trees themselves.
 */
@Export
@Version("1.1.0")
package org.factdesk.support.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
