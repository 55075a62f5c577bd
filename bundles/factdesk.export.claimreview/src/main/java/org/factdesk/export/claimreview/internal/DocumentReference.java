package org.factdesk.export.claimreview.internal;

import java.nio.charset.StandardCharsets;

import org.factdesk.api.export.DocumentInfo;

/**
 * How a source document is named in the export: its published URL when the corpus manifest has one, otherwise the
 * stable URN {@code urn:factdesk:doc:PATH} (the corpus path, percent-encoded except for unreserved characters and
 * {@code /}), the same form the HSDS export uses.
 */
final class DocumentReference {
    private static final String URN_PREFIX = "urn:factdesk:doc:";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private DocumentReference() {
    }

    /** @param info the manifest's entry, or {@code null} when the manifest does not list the document */
    static String of(String path, DocumentInfo info) {
        if (info != null && !info.url().isBlank()) {
            return info.url().strip();
        }
        return URN_PREFIX + encode(path);
    }

    private static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
