package org.factdesk.export.csv.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factdesk.api.export.Dataset;
import org.factdesk.api.export.ExportRequest;
import org.factdesk.api.export.Exporter;
import org.osgi.service.component.annotations.Component;

/**
 * The CSV exporter, for editors and partners who work in spreadsheets. It writes three files, each with a header row
 * and the dataset's order: {@code resources.csv} (one row per resource), {@code phones.csv} (one row per phone, with
 * its resource's id and name) and {@code claims.csv} (one row per claim). The columns are in {@link Tables}; every
 * file ends with the provenance columns of {@link ProvenanceColumns}, whose {@code status} column marks each row
 * (verified, corrected, or the status of an unverified record: one included on request, or a resource exported
 * for the sake of its verified phone).
 *
 * <p>Format: UTF-8 without a byte-order mark, RFC 4180 ({@link Rfc4180}): CRLF after every record, as the RFC says
 * and spreadsheets expect; fields quoted only when they contain a comma, quote, CR or LF. Spreadsheet users
 * opening a file in Excel should import it as UTF-8 (Data, From Text/CSV): a BOM would help Excel but puts a stray
 * character into the first header for many CSV readers. Formula injection is neutralized by {@link FormulaGuard}:
 * a leading apostrophe on cells starting with {@code = + - @} (also after whitespace), tab, CR or an apostrophe. Phone numbers stay usable:
 * {@code number} holds {@code '+18883737888} (shown as text), {@code number_digits} {@code 18883737888}.
 *
 * <p>The schema version is that of this column layout. No clock, no random ids: the same request gives the same
 * bytes.
 */
@Component(property = {Exporter.FORMAT + "=csv", Exporter.SCHEMA_VERSION + "=1.0"})
public final class CsvExporter implements Exporter {
    static final Path RESOURCES = Path.of("resources.csv");
    static final Path PHONES = Path.of("phones.csv");
    static final Path CLAIMS = Path.of("claims.csv");

    @Override
    public List<Path> export(ExportRequest request, Path directory) throws IOException {
        Dataset dataset = request.dataset();
        write(directory.resolve(RESOURCES), Tables.resources(dataset.documents()).render(dataset.resources()));
        write(directory.resolve(PHONES), Tables.phones(dataset.documents()).render(Tables.phoneRows(dataset.resources())));
        write(directory.resolve(CLAIMS), Tables.claims(dataset.documents()).render(dataset.claims()));
        return List.of(RESOURCES, PHONES, CLAIMS);
    }

    /** {@link String#getBytes} turns a lone surrogate from a truncated document into {@code ?} instead of failing. */
    private static void write(Path file, String csv) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, csv.getBytes(StandardCharsets.UTF_8));
    }
}
