package org.factdesk.export.csv.internal;

import java.util.List;

/**
 * Renders CSV records as RFC 4180 says: fields separated by commas, a field quoted when it contains a comma, a double
 * quote, CR or LF, an inner double quote doubled, every record (the header too) ended by CRLF. Line breaks inside a
 * value are kept as they are, inside the quotes. Each value first goes through {@link FormulaGuard}, so no cell can
 * start a spreadsheet formula.
 */
final class Rfc4180 {
    static final String RECORD_END = "\r\n";

    private Rfc4180() {
    }

    static String record(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(values.get(i)));
        }
        return line.append(RECORD_END).toString();
    }

    static String field(String value) {
        String safe = FormulaGuard.neutralize(value);
        if (!needsQuotes(safe)) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
