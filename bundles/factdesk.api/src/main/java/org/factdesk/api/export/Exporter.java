package org.factdesk.api.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes the reviewed dataset in one format. Register an implementation as an OSGi service with the property
 * {@link #FORMAT}; {@code factdesk export} runs every exporter it finds, or those named.
 */
@ConsumerType
public interface Exporter {
    /** Service property: the format's short name, e.g. {@code hsds}, {@code csv}. */
    String FORMAT = "factdesk.export.format";

    /** Service property: the version of the schema the files follow, written into the export manifest. */
    String SCHEMA_VERSION = "factdesk.export.schema.version";

    /**
     * Writes this format's files into {@code directory} and returns their names relative to it. The same request
     * must give byte-identical files: no clocks, no hash-map order, no random ids. The caller makes the writes
     * atomic (it gives a fresh folder and moves the files into place).
     */
    List<Path> export(ExportRequest request, Path directory) throws IOException;
}
