package org.factdesk.support.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private static List<List<String>> parse(String csv) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<List<String>> records = new ArrayList<>();
        for (List<String> r = reader.readRecord(); r != null; r = reader.readRecord()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void plainFieldsAndLineEnds() throws IOException {
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "2", "3"), List.of("x", "y", "z")),
                parse("a,b,c\r\n1,2,3\nx,y,z"));
    }

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() throws IOException {
        assertEquals(List.of(List.of("26", "You know, I saw a movie - \"Crocodile Dundee.\"", "-1")),
                parse("26,\"You know, I saw a movie - \"\"Crocodile Dundee.\"\"\",-1\n"));
        assertEquals(List.of(List.of("first\r\nsecond line", "b")), parse("\"first\r\nsecond line\",b\r\n"));
        assertEquals(List.of(List.of("\"")), parse("\"\"\"\""));
    }

    @Test
    void emptyFieldsAreKept() throws IOException {
        assertEquals(List.of(List.of("", "", ""), List.of("a", "")), parse(",,\n\"a\",\"\"\n"));
    }

    @Test
    void quoteInsideAnUnquotedFieldIsAPlainCharacter() throws IOException {
        assertEquals(List.of(List.of("5'10\" tall", "b")), parse("5'10\" tall,b"));
    }

    @Test
    void endOfInput() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("a\n"));
        assertEquals(List.of("a"), reader.readRecord());
        assertNull(reader.readRecord());
        assertNull(new CsvReader(new StringReader("")).readRecord());
        assertThrows(IOException.class, () -> parse("a,\"never closed\n"));
    }
}
