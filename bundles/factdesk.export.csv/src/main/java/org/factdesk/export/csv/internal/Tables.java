package org.factdesk.export.csv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.factdesk.api.export.ClaimRecord;
import org.factdesk.api.export.DocumentInfo;
import org.factdesk.api.export.PhoneRecord;
import org.factdesk.api.export.Provenance;
import org.factdesk.api.export.ResourceRecord;

/** The column layouts of {@code resources.csv}, {@code phones.csv} and {@code claims.csv}. */
final class Tables {
    private Tables() {
    }

    /** A phone with the resource it belongs to, one row of {@code phones.csv}. */
    record PhoneRow(ResourceRecord resource, PhoneRecord phone) {
    }

    static Table<ResourceRecord> resources(Map<String, DocumentInfo> documents) {
        List<Column<ResourceRecord>> columns = new ArrayList<>(List.of(
                new Column<>("resource_id", ResourceRecord::id),
                new Column<>("name", ResourceRecord::name),
                new Column<>("location", ResourceRecord::location),
                new Column<>("address", ResourceRecord::address),
                new Column<>("hours", ResourceRecord::hours),
                new Column<>("services", ResourceRecord::services),
                new Column<>("phone_count", r -> Integer.toString(r.phones().size()))));
        columns.addAll(provenance(documents, ResourceRecord::provenance));
        return new Table<>(columns);
    }

    /**
     * {@code number} is the dataset's number (E.164 such as {@code +18883737888}, or short-code digits), written
     * text-marked by {@link FormulaGuard} when it starts with {@code +}; {@code number_digits} is the same number
     * without the plus, safe in any spreadsheet and ready for dialing software.
     */
    static Table<PhoneRow> phones(Map<String, DocumentInfo> documents) {
        List<Column<PhoneRow>> columns = new ArrayList<>(List.of(
                new Column<>("phone_id", row -> row.phone().id()),
                new Column<>("resource_id", row -> row.resource().id()),
                new Column<>("resource_name", row -> row.resource().name()),
                new Column<>("number", row -> row.phone().number()),
                new Column<>("number_digits", row -> digits(row.phone().number())),
                new Column<>("extension", row -> row.phone().extension()),
                new Column<>("channel", row -> row.phone().channel()),
                new Column<>("as_written", row -> row.phone().asWritten())));
        columns.addAll(provenance(documents, row -> row.phone().provenance()));
        return new Table<>(columns);
    }

    /**
     * There is no verdict column: the status is the verdict in force, and an older verdict label ("verified" on a
     * claim now due for a re-check) would read as a verification. {@code corrected_value} is filled only while the
     * status is corrected, for the same reason.
     */
    static Table<ClaimRecord> claims(Map<String, DocumentInfo> documents) {
        List<Column<ClaimRecord>> columns = new ArrayList<>(List.of(
                new Column<>("claim_id", ClaimRecord::id),
                new Column<>("flag_id", ClaimRecord::flagId),
                new Column<>("type", ClaimRecord::type),
                new Column<>("normalized", ClaimRecord::normalized),
                new Column<>("corrected_value",
                        c -> c.provenance().status().equals("corrected") ? c.correctedValue() : ""),
                new Column<>("start", c -> Integer.toString(c.provenance().start())),
                new Column<>("end", c -> Integer.toString(c.provenance().end()))));
        columns.addAll(provenance(documents, ClaimRecord::provenance));
        return new Table<>(columns);
    }

    static List<PhoneRow> phoneRows(List<ResourceRecord> resources) {
        List<PhoneRow> rows = new ArrayList<>();
        for (ResourceRecord r : resources) {
            for (PhoneRecord p : r.phones()) {
                rows.add(new PhoneRow(r, p));
            }
        }
        return rows;
    }

    static String digits(String number) {
        StringBuilder digits = new StringBuilder(number.length());
        number.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.toString();
    }

    private static <T> List<Column<T>> provenance(Map<String, DocumentInfo> documents, Function<T, Provenance> of) {
        return ProvenanceColumns.of(documents).stream().map(c -> c.of(of)).toList();
    }
}
