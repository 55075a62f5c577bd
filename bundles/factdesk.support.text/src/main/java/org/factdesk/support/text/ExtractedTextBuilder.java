package org.factdesk.support.text;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.ExtractedText;

/**
 * Assembles {@link ExtractedText} from blocks in reading order: collapses runs of white space inside a block,
 * drops empty blocks, and separates blocks with a blank line so that the text reads well on its own.
 * Not thread-safe; one builder per document.
 */
public final class ExtractedTextBuilder {
    static final String SEPARATOR = "\n\n";

    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();

    /** Adds a block; white space is collapsed, and a block that is empty after that is dropped. */
    public ExtractedTextBuilder add(CharSequence raw, BlockKind kind) {
        String clean = collapseWhitespace(raw);
        if (clean.isEmpty()) {
            return this;
        }
        if (!text.isEmpty()) {
            text.append(SEPARATOR);
        }
        int start = text.length();
        text.append(clean);
        blocks.add(Block.of(start, text.length(), kind));
        return this;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public ExtractedText build(String title, String charset) {
        return new ExtractedText(text.toString(), collapseWhitespace(title == null ? "" : title), blocks, charset);
    }

    /** Collapses runs of white space (including no-break spaces) to one space and trims the ends. */
    public static String collapseWhitespace(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B') {
                pendingSpace = !out.isEmpty();
            } else if (Character.getType(c) == Character.CONTROL) {
                continue;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
