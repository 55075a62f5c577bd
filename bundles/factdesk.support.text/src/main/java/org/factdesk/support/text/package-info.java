/**
 * Text handling every parser and the pipeline share: decoding bytes whose encoding is unknown, and cutting
 * text into sentences. Plain JDK code, no third-party types.
 */
@Export
@Version("1.0.0")
package org.factdesk.support.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
