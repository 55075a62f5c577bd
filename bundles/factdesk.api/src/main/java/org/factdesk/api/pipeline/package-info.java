/**
 * The main job: corpus to parse to detect to index to flags, as a service the command line and shell call.
 */
@Export
@Version("1.1.0")
package org.factdesk.api.pipeline;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
