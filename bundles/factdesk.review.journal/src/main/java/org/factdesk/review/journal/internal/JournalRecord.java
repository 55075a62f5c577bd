package org.factdesk.review.journal.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factdesk.api.review.Decision;
import org.factdesk.api.review.Verdict;

/**
 * One journal line: the decision's fields in a fixed order, then {@code crc}, the CRC-32C of everything before
 * it. A line whose checksum does not match was torn or tampered with.
 */
final class JournalRecord {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalRecord() {
    }

    static String toLine(Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", d.sequence());
        m.put("flag", d.flagId());
        m.put("verdict", d.verdict().label());
        m.put("value", d.value());
        m.put("evidence", d.evidence());
        m.put("note", d.note());
        m.put("reviewer", d.reviewer());
        m.put("at", d.at().toString());
        m.put("doc", d.doc());
        m.put("type", d.type());
        m.put("quote", d.quote());
        m.put("context", d.context());
        try {
            String body = JSON.writeValueAsString(m);
            return body.substring(0, body.length() - 1) + ",\"crc\":\"" + crc(body) + "\"}";
        } catch (IOException e) {
            throw new IllegalStateException("a decision could not be written as JSON", e);
        }
    }

    static Decision fromLine(String line) throws IOException {
        int crcAt = line.lastIndexOf(",\"crc\":\"");
        if (crcAt < 0 || !line.endsWith("\"}")) {
            throw new IOException("no checksum");
        }
        String body = line.substring(0, crcAt) + "}";
        String crc = line.substring(crcAt + 8, line.length() - 2);
        if (!crc.equals(crc(body))) {
            throw new IOException("checksum mismatch");
        }
        JsonNode n = JSON.readTree(body);
        try {
            return new Decision(text(n, "flag"), n.path("seq").asLong(), Verdict.fromLabel(text(n, "verdict")),
                    text(n, "value"), text(n, "evidence"), text(n, "note"), text(n, "reviewer"),
                    Instant.parse(text(n, "at")), text(n, "doc"), text(n, "type"), text(n, "quote"), text(n, "context"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field) throws IOException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IOException("field '" + field + "' is missing");
        }
        return v.asText();
    }

    static String crc(String body) {
        CRC32C c = new CRC32C();
        c.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) c.getValue());
    }
}
