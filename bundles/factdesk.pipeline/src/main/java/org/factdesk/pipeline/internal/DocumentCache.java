package org.factdesk.pipeline.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factdesk.api.detect.Flag;
import org.factdesk.support.json.FlagLines;

/**
 * Per-document results of earlier runs, so that an unchanged document is not processed again. An entry is valid
 * only for the same content hash and the same detector signature. The cache is derived data: an unreadable entry
 * is treated as missing and rebuilt, never trusted.
 */
final class DocumentCache {
    /** A cached result: the extracted text and the flags of one version of one document. */
    record Entry(String path, String contentHash, String signature, String text, List<Flag> flags) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;

    DocumentCache(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    Optional<Entry> get(String path) {
        Path file = fileFor(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            JsonNode head = JSON.readTree(lines.get(0));
            List<Flag> flags = new ArrayList<>(lines.size() - 1);
            for (String line : lines.subList(1, lines.size())) {
                flags.add(FlagLines.fromLine(line));
            }
            if (!path.equals(head.path("path").asText()) || flags.size() != head.path("flags").asInt(-1)) {
                return Optional.empty();
            }
            return Optional.of(new Entry(path, head.path("hash").asText(), head.path("signature").asText(),
                    head.path("text").asText(), flags));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void put(Entry entry) throws IOException {
        Path file = fileFor(entry.path());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            var head = JSON.createObjectNode();
            head.put("path", entry.path());
            head.put("hash", entry.contentHash());
            head.put("signature", entry.signature());
            head.put("flags", entry.flags().size());
            head.put("text", entry.text());
            w.write(JSON.writeValueAsString(head));
            w.newLine();
            for (Flag f : entry.flags()) {
                w.write(FlagLines.toLine(f));
                w.newLine();
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    void remove(String path) throws IOException {
        Files.deleteIfExists(fileFor(path));
    }

    private Path fileFor(String path) {
        return folder.resolve(sha256(path.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".jsonl");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
