package org.factdesk.support.json;

import org.factdesk.support.json.PrettyJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class PrettyJsonTest {
    @Test
    void writesTwoSpaceIndentLfColonSpaceAndATrailingNewline() {
        ObjectNode o = PrettyJson.object();
        o.put("id", "x");
        o.set("list", PrettyJson.array().add(1).add("line\nbreak"));
        o.set("empty", PrettyJson.array());
        o.set("none", PrettyJson.object());
        assertEquals("{\n  \"id\": \"x\",\n  \"list\": [\n    1,\n    \"line\\nbreak\"\n  ],\n  \"empty\": [],\n"
                + "  \"none\": {}\n}\n", PrettyJson.text(o));
    }
}
