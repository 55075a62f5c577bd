package org.factdesk.support.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Map;

import org.factdesk.api.detect.Flag;
import org.junit.jupiter.api.Test;

class FlagLinesTest {
    @Test
    void roundTripsWithAttributesAsTopLevelFields() throws Exception {
        Flag f = new Flag("fd-1", "seed/a.txt", "phone", 3, 15, "888-373-7888", "+18883737888", "Call 888-373-7888.",
                "open", 0.95, Map.of("channel", "voice", "id", "must not override"));
        String line = FlagLines.toLine(f);
        assertEquals("{\"id\":\"fd-1\",\"doc\":\"seed/a.txt\",\"type\":\"phone\",\"start\":3,\"end\":15,\"text\":\"888-373-7888\","
                + "\"normalized\":\"+18883737888\",\"context\":\"Call 888-373-7888.\",\"status\":\"open\",\"priority\":0.95,"
                + "\"channel\":\"voice\"}", line);
        assertEquals(f.withStatus("open").attributes().get("channel"), FlagLines.fromLine(line).attributes().get("channel"));
        assertEquals("fd-1", FlagLines.fromLine(line).id());
    }

    @Test
    void aMissingFieldIsNamed() {
        IOException e = assertThrows(IOException.class, () -> FlagLines.fromLine("{\"id\":\"x\",\"doc\":\"d\"}"));
        assertEquals("field 'type' is missing or not a string", e.getMessage());
    }
}
