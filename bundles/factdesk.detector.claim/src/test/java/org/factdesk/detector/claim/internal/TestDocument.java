package org.factdesk.detector.claim.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.Span;

/** Builds an {@link AnalyzedDocument} block by block, with the sentences given, as the pipeline would. */
final class TestDocument {
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Span> sentences = new ArrayList<>();

    TestDocument heading(String sentence) {
        return block(BlockKind.HEADING, sentence);
    }

    TestDocument paragraph(String... sentences) {
        return block(BlockKind.PARAGRAPH, sentences);
    }

    TestDocument listItem(String sentence) {
        return block(BlockKind.LIST_ITEM, sentence);
    }

    private TestDocument block(BlockKind kind, String... blockSentences) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        int blockStart = text.length();
        for (String sentence : blockSentences) {
            if (text.length() > blockStart) {
                text.append(' ');
            }
            sentences.add(new Span(text.length(), text.length() + sentence.length()));
            text.append(sentence);
        }
        blocks.add(Block.of(blockStart, text.length(), kind));
        return this;
    }

    AnalyzedDocument build() {
        return new AnalyzedDocument("test.txt", text.toString(), blocks, sentences, LocalDate.of(2025, 1, 1));
    }
}
