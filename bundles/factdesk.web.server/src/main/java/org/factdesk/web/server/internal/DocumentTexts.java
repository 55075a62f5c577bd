package org.factdesk.web.server.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.factdesk.api.document.ExtractedText;
import org.factdesk.api.parse.DocumentParser;
import org.factdesk.api.parse.ParseException;

/**
 * The extracted text of corpus documents, as the registered parsers make it (never the document's markup), cached
 * until the file changes. Only paths inside the corpus folder are read.
 */
final class DocumentTexts {
    private record Cached(String stamp, ExtractedText text) {
    }

    private final ParserSet parsers;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    DocumentTexts(ParserSet parsers) {
        this.parsers = parsers;
    }

    /**
     * @param path the document's path relative to the corpus, as the flags name it
     * @return the text, or empty when the file is gone or no parser takes it
     * @throws ApiException 400 for a path that leaves the corpus folder
     */
    Optional<ExtractedText> text(Path corpus, String path) throws IOException {
        Path root = corpus.toAbsolutePath().normalize();
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw ApiException.badRequest("not a document of the corpus: " + path);
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        String stamp = a.lastModifiedTime() + "/" + a.size();
        String key = file.toString();
        Cached c = cache.get(key);
        if (c != null && c.stamp.equals(stamp)) {
            return Optional.of(c.text);
        }
        Optional<DocumentParser> parser = parsers.forFile(path);
        if (parser.isEmpty()) {
            return Optional.empty();
        }
        try {
            ExtractedText text = parser.get().parse(path, Files.readAllBytes(file));
            cache.put(key, new Cached(stamp, text));
            return Optional.of(text);
        } catch (ParseException e) {
            throw new IOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
