package org.factdesk.api.export;

import java.util.Objects;

/**
 * A source document as the corpus manifest describes it. Empty strings where the manifest says nothing.
 *
 * @param path      the path relative to the corpus
 * @param title     the document's title
 * @param publisher who published it
 * @param kind      {@code primary} or {@code secondary}
 * @param date      publication date, ISO, or empty
 * @param url       where it was published, or empty
 * @param state     the US state (two letters) the document is about, or empty
 */
public record DocumentInfo(String path, String title, String publisher, String kind, String date, String url, String state) {
    public DocumentInfo {
        Objects.requireNonNull(path, "path");
        title = title == null ? "" : title;
        publisher = publisher == null ? "" : publisher;
        kind = kind == null ? "" : kind;
        date = date == null ? "" : date;
        url = url == null ? "" : url;
        state = state == null ? "" : state;
    }

    /** A document about no particular state. */
    public DocumentInfo(String path, String title, String publisher, String kind, String date, String url) {
        this(path, title, publisher, kind, date, url, "");
    }

    /**
     * How exports name the document: its published URL when the manifest gives one, otherwise {@link #urn(String)}.
     */
    public String reference() {
        return url.isBlank() ? urn(path) : url.strip();
    }

    /**
     * The stable name of a corpus document without a URL: {@code urn:factdesk:doc:PATH}, the path percent-encoded
     * except for unreserved characters and {@code /}.
     */
    public static String urn(String path) {
        StringBuilder out = new StringBuilder("urn:factdesk:doc:");
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 0xF));
            }
        }
        return out.toString();
    }
}
