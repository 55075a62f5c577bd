package org.factdesk.parser.text.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.factdesk.api.document.Block;
import org.factdesk.api.document.ExtractedText;
import org.factdesk.api.parse.ParseException;

/** Coverage-guided fuzzing of the text and Markdown parsers from the seed documents; only ParseException may escape. */
class PlainTextParserFuzzTest {
    @FuzzTest(maxDuration = "15s")
    void fuzz(byte[] input) {
        for (org.factdesk.api.parse.DocumentParser parser : new org.factdesk.api.parse.DocumentParser[] {
                new PlainTextParser(), new MarkdownParser()}) {
            try {
                ExtractedText t = parser.parse("fuzz.txt", input);
                for (Block b : t.blocks()) {
                    assertTrue(b.span().end() <= t.text().length());
                }
            } catch (ParseException expected) {
                // a clean, typed rejection
            }
        }
    }
}
