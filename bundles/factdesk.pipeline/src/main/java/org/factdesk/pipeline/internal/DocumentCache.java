package org.factdesk.pipeline.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

    /**
     * The layout of an entry: a JSON head line (path, hashes, number of flags, the text's length in UTF-8 bytes),
     * one line per flag, then the text as it is, to the end of the file: no escaping to write it and none to undo.
     * An entry of another format (or none) is a miss, so a cache written by an older version is rebuilt, not
     * misread. Format 3: flags carry their version 0 from birth.
     */
    static final int FORMAT = 3;
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
            byte[] bytes = Files.readAllBytes(file);
            int lineEnd = indexOf(bytes, 0);
            if (lineEnd < 0) {
                return Optional.empty();
            }
            JsonNode head = JSON.readTree(new String(bytes, 0, lineEnd, StandardCharsets.UTF_8));
            int count = head.path("flags").asInt(-1);
            long textBytes = head.path("textBytes").asLong(-1);
            if (head.path("format").asInt() != FORMAT || !path.equals(head.path("path").asText()) || count < 0
                    || count > bytes.length || textBytes < 0) {
                return Optional.empty(); // another format, another document, or a head no entry could have
            }
            List<Flag> flags = new ArrayList<>(count);
            int at = lineEnd + 1;
            for (int i = 0; i < count; i++) {
                lineEnd = indexOf(bytes, at);
                if (lineEnd < 0) {
                    return Optional.empty();
                }
                flags.add(FlagLines.fromLine(new String(bytes, at, lineEnd - at, StandardCharsets.UTF_8)));
                at = lineEnd + 1;
            }
            if (bytes.length - at != textBytes) {
                return Optional.empty(); // cut short (or grown): the text would be read wrong
            }
            String text = new String(bytes, at, bytes.length - at, StandardCharsets.UTF_8);
            return Optional.of(new Entry(path, head.path("hash").asText(), head.path("signature").asText(), text, flags));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Where the line that starts at {@code from} ends (its line feed), or -1 when it does not. */
    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    void put(Entry entry) throws IOException {
        put(entry.path(), entry.contentHash(), entry.signature(), entry.text(), DocumentFlags.of(entry.flags()));
    }

    /** Caches a document's result; its flags as the lines they were serialized to once for the whole run. */
    void put(String path, String contentHash, String signature, String text, DocumentFlags flags) throws IOException {
        Path file = fileFor(path);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            var head = JSON.createObjectNode();
            head.put("format", FORMAT);
            head.put("path", path);
            head.put("hash", contentHash);
            head.put("signature", signature);
            head.put("flags", flags.size());
            head.put("textBytes", textBytes.length);
            out.write(JSON.writeValueAsBytes(head));
            out.write('\n');
            out.write(flags.lines());
            out.write(textBytes); // the very bytes counted in the head
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
