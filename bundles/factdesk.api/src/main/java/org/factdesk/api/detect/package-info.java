/**
 * Extension point: detectors, one service per kind of flag, and the flags they produce.
 */
@Export
@Version("1.1.0")
package org.factdesk.api.detect;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
