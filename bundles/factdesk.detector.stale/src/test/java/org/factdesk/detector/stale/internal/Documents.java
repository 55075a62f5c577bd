package org.factdesk.detector.stale.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.support.text.ExtractedTextBuilder;
import org.factdesk.support.text.SentenceSplitter;

/**
 * Builds documents the way the plain-text parser and the pipeline do, without depending on the parser bundle:
 * each paragraph of the raw text becomes a block (wrapped lines that read on are joined), blocks are separated
 * by a blank line, and sentences come from the pipeline's own {@link SentenceSplitter}.
 */
final class Documents {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[•·*\\-–]|\\d{1,2}[.)])\\s+\\S.*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;][\"”’)]*$");

    private Documents() {
    }

    static AnalyzedDocument of(String raw) {
        ExtractedTextBuilder builder = new ExtractedTextBuilder();
        StringBuilder current = null;
        boolean listItem = false;
        for (String line : raw.split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                add(builder, current, listItem);
                current = null;
                continue;
            }
            boolean marker = LIST_MARKER.matcher(l).matches();
            if (current != null && !marker && !ENDS_SENTENCE.matcher(current).matches()
                    && (Character.isLowerCase(l.charAt(0)) || Character.isDigit(l.charAt(0)))) {
                current.append(' ').append(l);
                continue;
            }
            add(builder, current, listItem);
            current = new StringBuilder(l);
            listItem = marker;
        }
        add(builder, current, listItem);
        var extracted = builder.build("", "UTF-8");
        List<Block> blocks = new ArrayList<>(extracted.blocks());
        return new AnalyzedDocument("test.txt", extracted.text(), blocks,
                SentenceSplitter.split(extracted.text(), blocks), AS_OF);
    }

    static AnalyzedDocument seed(String name) {
        try {
            Path path = Path.of("../../corpus/seed", name);
            return of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(ExtractedTextBuilder builder, StringBuilder block, boolean listItem) {
        if (block == null) {
            return;
        }
        String t = block.toString();
        BlockKind kind = listItem ? BlockKind.LIST_ITEM
                : t.length() <= 90 && (t.endsWith("?") || !ENDS_SENTENCE.matcher(t).matches()) ? BlockKind.HEADING
                : BlockKind.PARAGRAPH;
        builder.add(t, kind);
    }
}
