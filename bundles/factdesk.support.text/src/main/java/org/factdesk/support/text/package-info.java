/**
 * Text handling the parsers, detectors and pipeline share: decoding bytes whose encoding is unknown, cutting
 * text into sentences, and running a pattern only where a match can begin. Plain JDK code, no third-party types.
 */
@Export
@Version("1.1.0")
package org.factdesk.support.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
