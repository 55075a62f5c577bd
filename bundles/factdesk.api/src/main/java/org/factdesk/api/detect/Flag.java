package org.factdesk.api.detect;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A flag: something in a document an editor must check. This is one line of {@code flags.jsonl}.
 *
 * @param id         stable across runs for the same document text: derived from the document path, the type,
 *                   the surface text and which occurrence of that text it is, so edits elsewhere in the document
 *                   do not change it
 * @param doc        the document's path relative to the corpus folder
 * @param type       one of {@link FlagTypes}
 * @param start      offset of the first character in the document's extracted text
 * @param end        offset after the last character
 * @param text       the surface string, {@code text.substring(start, end)}
 * @param normalized the canonical value
 * @param context    the sentence around the flag
 * @param status     the review status; {@code open} until someone decides
 * @param priority   check-worthiness from 0 to 1
 * @param attributes type-specific facts, sorted by key
 */
public record Flag(String id, String doc, String type, int start, int end, String text, String normalized,
                   String context, String status, double priority, Map<String, String> attributes) {
    public static final String OPEN = "open";
    /**
     * The attribute that holds a flag's version: the journal's sequence number of the latest decision on it, and
     * {@code "0"} from birth, open, until a decision is made. Whoever makes a flag (the pipeline, a corpus stage)
     * makes it at version 0: the review stage reads only the documents that have decisions.
     */
    public static final String VERSION = "version";

    /**
     * The order of {@code flags.jsonl}: by document path, then start and end offset, type and id. Total: two
     * distinct flags of one document never share an id.
     */
    public static final Comparator<Flag> DOCUMENT_ORDER = Comparator.comparing(Flag::doc).thenComparingInt(Flag::start)
            .thenComparingInt(Flag::end).thenComparing(Flag::type).thenComparing(Flag::id);

    public Flag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(status, "status");
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /**
     * The stable id of a flag: a hash of the document path, the type, the surface text and which occurrence of that
     * text (of that type, in that document) it is, counting from 1. Offsets are left out on purpose, so that an edit
     * elsewhere in the document keeps the ids of unchanged flags.
     */
    public static String stableId(String doc, String type, String text, int occurrence) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update((doc + '\u0000' + type + '\u0000' + text + '\u0000' + occurrence)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "fd-" + java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** A copy with another review status. */
    public Flag withStatus(String newStatus) {
        return new Flag(id, doc, type, start, end, text, normalized, context, newStatus, priority, attributes);
    }
}
