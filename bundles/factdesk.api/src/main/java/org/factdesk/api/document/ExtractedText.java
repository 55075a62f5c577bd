package org.factdesk.api.document;

import java.util.List;
import java.util.Objects;

/**
 * What a parser makes of a file: the readable text, its blocks, and the character set it was decoded from.
 * All offsets Factdesk stores (flags, index passages, review anchors) are offsets into {@link #text()}.
 *
 * @param text    the extracted text; blocks are separated by a blank line
 * @param title   the document's title, or the empty string when it has none
 * @param blocks  the blocks in text order, each a span of {@code text}
 * @param charset the name of the character set the bytes were decoded from
 */
public record ExtractedText(String text, String title, List<Block> blocks, String charset) {
    public ExtractedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(charset, "charset");
        for (Block b : blocks) {
            if (b.span().end() > text.length()) {
                throw new IllegalArgumentException("block " + b + " lies past the end of the text (" + text.length() + ")");
            }
        }
    }
}
