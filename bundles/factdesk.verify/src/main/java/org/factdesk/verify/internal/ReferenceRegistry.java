package org.factdesk.verify.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reference registry: facts a maintainer already verified, in {@code corpus/reference/*.json}. Each entry is
 * an organization with the contacts it publishes (voice, SMS with its keyword, TTY), the page that says so and the
 * date it was checked. A malformed file is an error naming the file and the field; a missing folder is an empty
 * registry.
 */
final class ReferenceRegistry {
    record Contact(String channel, String number, String keyword, String display) {
    }

    record Entry(String id, String organization, List<String> aliases, List<Contact> contacts, String sourceUrl,
                 String verified, String file) {
        /** The organization's names, lower case, for matching in text. */
        List<String> names() {
            List<String> out = new ArrayList<>();
            out.add(organization.toLowerCase(java.util.Locale.ROOT));
            aliases.forEach(a -> out.add(a.toLowerCase(java.util.Locale.ROOT)));
            return out;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Entry> entries;

    private ReferenceRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static ReferenceRegistry empty() {
        return new ReferenceRegistry(List.of());
    }

    List<Entry> entries() {
        return entries;
    }

    static ReferenceRegistry load(Path corpus) throws IOException {
        Path folder = corpus.resolve("reference");
        if (!Files.isDirectory(folder)) {
            return empty();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path f : files) {
            JsonNode root;
            try {
                root = JSON.readTree(f.toFile());
            } catch (IOException e) {
                throw new IOException("reference registry " + f + ": not valid JSON: " + e.getMessage(), e);
            }
            JsonNode list = root.path("entries");
            if (!list.isArray()) {
                throw new IOException("reference registry " + f + ": field 'entries' must be an array");
            }
            int i = 0;
            for (JsonNode e : list) {
                String where = f.getFileName() + " entries[" + i++ + "]";
                List<Contact> contacts = new ArrayList<>();
                for (JsonNode c : e.path("contacts")) {
                    contacts.add(new Contact(required(c, "channel", where), required(c, "number", where),
                            c.path("keyword").asText(""), c.path("display").asText("")));
                }
                List<String> aliases = new ArrayList<>();
                e.path("aliases").forEach(a -> aliases.add(a.asText()));
                entries.add(new Entry(required(e, "id", where), required(e, "organization", where), aliases, contacts,
                        required(e, "source_url", where), required(e, "verified", where), f.getFileName().toString()));
            }
        }
        return new ReferenceRegistry(entries);
    }

    private static String required(JsonNode node, String field, String where) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IOException("reference registry " + where + ": field '" + field + "' is missing");
        }
        return v.asText();
    }
}
