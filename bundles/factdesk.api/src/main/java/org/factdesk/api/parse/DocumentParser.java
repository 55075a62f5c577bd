package org.factdesk.api.parse;

import org.factdesk.api.document.ExtractedText;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns the bytes of one file into {@link ExtractedText}. Register an implementation as an OSGi service
 * with the properties {@link #MEDIA_TYPE} and {@link #EXTENSIONS}; the pipeline picks the parser for a file
 * by its extension, so adding a format is adding a bundle.
 *
 * <p>Implementations must be thread-safe: the pipeline parses several files at once.
 */
@ConsumerType
public interface DocumentParser {
    /** Service property: the media type this parser reads, e.g. {@code text/html}. */
    String MEDIA_TYPE = "factdesk.parser.mediatype";
    /** Service property: the file extensions (lower case, no dot) this parser takes, e.g. {@code html, htm}. */
    String EXTENSIONS = "factdesk.parser.extensions";

    /**
     * Parses one file.
     *
     * @param name    the file's path relative to the corpus, for messages only
     * @param content the whole file
     * @return the extracted text, never null
     * @throws ParseException when the bytes are not a readable document of this type; the message says why
     */
    ExtractedText parse(String name, byte[] content) throws ParseException;
}
