package org.factdesk.support.eval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 defines it: fields separated by commas, records by CRLF or LF; a field in double quotes
 * may hold commas, line breaks and doubled quotes ({@code ""} for one {@code "}). A quote inside an unquoted
 * field is kept as a plain character, which is how lenient writers' output reads best.
 */
public final class CsvReader {
    private final Reader in;
    private int lookahead = -2;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record's fields, or {@code null} at the end of the input. */
    public List<String> readRecord() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("end of input inside a quoted field");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                c = read();
                continue;
            } else if (c == '\r' && peek() == '\n') {
                read();
                break;
            } else if (c == '\n' || c == -1) {
                break;
            } else {
                field.append((char) c);
            }
            fieldStart = false;
            c = read();
        }
        fields.add(field.toString());
        return fields;
    }

    private int read() throws IOException {
        if (lookahead != -2) {
            int c = lookahead;
            lookahead = -2;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        if (lookahead == -2) {
            lookahead = in.read();
        }
        return lookahead;
    }
}
