package org.factdesk.support.text;

import java.util.Objects;

/**
 * Text decoded from bytes, and the character set that was used.
 *
 * @param text    the decoded text, without any byte order mark
 * @param charset the name of the character set
 */
public record DecodedText(String text, String charset) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
