/**
 * Text handling the parsers, detectors and pipeline share: decoding bytes whose encoding is unknown, cutting
 * text into sentences, and the scans the detectors share: a pattern tried only where a match can begin, words looked
 * up where they stand, character classes as the patterns define them. Plain JDK code, no third-party types.
 */
@Export
@Version("1.1.0")
package org.factdesk.support.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
