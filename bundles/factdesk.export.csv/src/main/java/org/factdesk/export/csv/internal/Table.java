package org.factdesk.export.csv.internal;

import java.util.ArrayList;
import java.util.List;

/** A CSV file's layout: a header record, then one record per row in the given order. */
final class Table<T> {
    private final List<Column<T>> columns;

    Table(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    String render(List<T> rows) {
        StringBuilder csv = new StringBuilder(Rfc4180.record(headers()));
        for (T row : rows) {
            List<String> values = new ArrayList<>(columns.size());
            for (Column<T> column : columns) {
                values.add(column.value().apply(row));
            }
            csv.append(Rfc4180.record(values));
        }
        return csv.toString();
    }
}
