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
}
