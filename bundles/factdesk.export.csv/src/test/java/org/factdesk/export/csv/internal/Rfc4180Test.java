package org.factdesk.export.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class Rfc4180Test {
    @Test
    void plainFieldsAreNotQuoted() {
        assertEquals("National Human Trafficking Hotline,233733,,Willimantic’s\r\n",
                Rfc4180.record(List.of("National Human Trafficking Hotline", "233733", "", "Willimantic’s")));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithInnerQuotesDoubled() {
        assertEquals("\"Riverside Youth Shelter, Inc.\"", Rfc4180.field("Riverside Youth Shelter, Inc."));
        assertEquals("\"text \"\"HELP\"\" to 233733\"", Rfc4180.field("text \"HELP\" to 233733"));
        assertEquals("\"line 1\nline 2\"", Rfc4180.field("line 1\nline 2"));
        assertEquals("\"line 1\r\nline 2\"", Rfc4180.field("line 1\r\nline 2"));
        assertEquals("\"a\rb\"", Rfc4180.field("a\rb"));
        assertEquals("\"\"\"\"", Rfc4180.field("\""));
    }

    @Test
    void curlyQuotesSpacesAndSemicolonsNeedNoQuotes() {
        assertEquals("Text “HELP” to 233722; ask for Ana ", Rfc4180.field("Text “HELP” to 233722; ask for Ana "));
    }

    @Test
    void formulaTriggersAreNeutralizedBeforeQuoting() {
        assertEquals("'+18883737888", Rfc4180.field("+18883737888"));
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                Rfc4180.field("=HYPERLINK(\"http://evil.example\",\"x\")"));
        assertEquals("\"'-1,5\"", Rfc4180.field("-1,5"));
    }

    @Test
    void trickyValuesSurviveARoundTrip() {
        List<String> values = List.of("", " ", "a,b", ",", "\"", "\"\"", "say \"hi\", then leave",
                "line 1\nline 2", "line 1\r\nline 2", "ends with CR\r", "\n", "Willimantic’s “HELP”",
                "Nuestra Señora — 24/7 ☎ 🙂", "中文热线", "=1+2", "+18883737888", "-12%", "@SUM(A1:A9)",
                "\tindented", "\rstarts with CR", " =1", "\n+1", "'already quoted", "''two", "x'", "=", "'");
        List<String> parsed = CsvParser.parse(Rfc4180.record(values)).get(0).stream().map(CsvParser::unguard).toList();
        assertEquals(values, parsed);
    }

    @Test
    void manyRecordsRoundTripInOrder() {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of("id", "value"));
        records.add(List.of("1", "first\nrecord"));
        records.add(List.of("2", ""));
        records.add(List.of("3", "\"last\""));
        StringBuilder csv = new StringBuilder();
        records.forEach(r -> csv.append(Rfc4180.record(r)));
        assertEquals("id,value\r\n1,\"first\nrecord\"\r\n2,\r\n3,\"\"\"last\"\"\"\r\n", csv.toString());
        assertEquals(records, CsvParser.parse(csv.toString()));
    }
}
