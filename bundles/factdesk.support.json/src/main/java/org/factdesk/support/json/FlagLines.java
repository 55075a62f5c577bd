package org.factdesk.support.json;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.detect.Flag;

/**
 * A flag as one line of {@code flags.jsonl}: the core fields in a fixed order, then the type-specific
 * attributes (sorted) as further top-level fields. An attribute never overrides a core field.
 */
public final class FlagLines {
    /** Closing a flag's generator neither closes nor flushes the writer: a file of flags is flushed once. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .configure(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM, false);
    private static final Set<String> CORE = Set.of("id", "doc", "type", "start", "end", "text", "normalized",
            "context", "status", "priority");

    private FlagLines() {
    }

    public static String toLine(Flag f) {
        StringWriter out = new StringWriter(160 + f.text().length() + f.normalized().length() + f.context().length());
        try {
            write(f, out);
        } catch (IOException e) {
            throw new IllegalStateException("a flag could not be written as JSON: " + f.id(), e);
        }
        return out.toString();
    }

    /**
     * Writes the flag's line, without the line break, straight to {@code out}: the same characters as
     * {@link #toLine}, with no map or string built between.
     */
    public static void write(Flag f, Writer out) throws IOException {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("doc", f.doc());
            g.writeStringField("type", f.type());
            g.writeNumberField("start", f.start());
            g.writeNumberField("end", f.end());
            g.writeStringField("text", f.text());
            g.writeStringField("normalized", f.normalized());
            g.writeStringField("context", f.context());
            g.writeStringField("status", f.status());
            g.writeNumberField("priority", f.priority());
            for (Map.Entry<String, String> a : f.attributes().entrySet()) {
                if (!CORE.contains(a.getKey())) {
                    g.writeStringField(a.getKey(), a.getValue());
                }
            }
            g.writeEndObject();
        }
    }

    /**
     * @throws IOException naming the missing or malformed field
     */
    public static Flag fromLine(String line) throws IOException {
        JsonNode n = JSON.readTree(line);
        if (!(n instanceof ObjectNode o)) {
            throw new IOException("not a JSON object");
        }
        Map<String, String> attributes = new TreeMap<>();
        o.fieldNames().forEachRemaining(k -> {
            if (!CORE.contains(k)) {
                attributes.put(k, o.get(k).asText());
            }
        });
        return new Flag(text(o, "id"), text(o, "doc"), text(o, "type"), integer(o, "start"), integer(o, "end"),
                text(o, "text"), text(o, "normalized"), text(o, "context"), text(o, "status"),
                o.path("priority").asDouble(0.5), attributes);
    }

    private static String text(ObjectNode o, String field) throws IOException {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new IOException("field '" + field + "' is missing or not a string");
        }
        return v.asText();
    }

    private static int integer(ObjectNode o, String field) throws IOException {
        JsonNode v = o.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new IOException("field '" + field + "' is missing or not an integer");
        }
        return v.asInt();
    }

    /** Reads a whole flags file. @throws IOException naming the file, the line and the field */
    public static List<Flag> read(Path file) throws IOException {
        List<Flag> flags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    flags.add(fromLine(line));
                } catch (IOException e) {
                    throw new IOException(file + " line " + n + ": " + e.getMessage(), e);
                }
            }
        }
        return flags;
    }

    /** Writes the file under a temporary name and renames it, so a reader never sees half of it. */
    public static void writeAtomically(Path target, List<Flag> flags) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Flag f : flags) {
                write(f, w);
                w.write('\n');
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
