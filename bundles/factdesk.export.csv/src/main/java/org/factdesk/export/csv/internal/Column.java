package org.factdesk.export.csv.internal;

import java.util.function.Function;

/** One CSV column: its header and how a row gives its value (never {@code null}; empty when unknown). */
record Column<T>(String header, Function<T, String> value) {
    /** This column for rows of another kind that contain a {@code T}. */
    <U> Column<U> of(Function<U, T> part) {
        return new Column<>(header, row -> value.apply(part.apply(row)));
    }
}
