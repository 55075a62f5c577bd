package org.factdesk.export.csv.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests, written from the RFC's grammar independently of {@link Rfc4180}: records
 * end with CRLF, a quoted field may hold anything with quotes doubled, an unquoted field may hold no quote, comma,
 * CR or LF. Anything else is an error, so a writer bug cannot hide behind a lenient reader.
 */
final class CsvParser {
    private final String text;
    private int pos;

    private CsvParser(String text) {
        this.text = text;
    }

    static List<List<String>> parse(String text) {
        return new CsvParser(text).records();
    }

    /** Undoes {@link FormulaGuard}: a cell that starts with an apostrophe had exactly one added. */
    static String unguard(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private List<List<String>> records() {
        List<List<String>> records = new ArrayList<>();
        while (pos < text.length()) {
            List<String> fields = new ArrayList<>();
            fields.add(field());
            while (peek(',')) {
                pos++;
                fields.add(field());
            }
            if (!text.startsWith("\r\n", pos)) {
                throw new IllegalArgumentException("expected CRLF at " + pos);
            }
            pos += 2;
            records.add(fields);
        }
        return records;
    }

    private String field() {
        if (peek('"')) {
            pos++;
            StringBuilder value = new StringBuilder();
            while (true) {
                int quote = text.indexOf('"', pos);
                if (quote < 0) {
                    throw new IllegalArgumentException("unterminated quoted field");
                }
                value.append(text, pos, quote);
                pos = quote + 1;
                if (peek('"')) {
                    value.append('"');
                    pos++;
                } else {
                    return value.toString();
                }
            }
        }
        int start = pos;
        while (pos < text.length() && ",\r\n\"".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (peek('"') || (peek('\r') && !text.startsWith("\r\n", pos)) || peek('\n')) {
            throw new IllegalArgumentException("a quote, CR or LF in an unquoted field at " + pos);
        }
        return text.substring(start, pos);
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }
}
