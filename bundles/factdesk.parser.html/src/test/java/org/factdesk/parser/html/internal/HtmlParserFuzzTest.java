package org.factdesk.parser.html.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.factdesk.api.document.Block;
import org.factdesk.api.document.ExtractedText;
import org.factdesk.api.parse.ParseException;

/**
 * Coverage-guided fuzzing of the HTML parser, starting from seed pages (src/test/resources/.../fuzz). Any input
 * must give extracted text whose blocks lie inside it, or a {@link ParseException}; any other exception fails.
 */
class HtmlParserFuzzTest {
    private final HtmlParser parser = new HtmlParser();

    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] input) {
        try {
            ExtractedText t = parser.parse("fuzz.html", input);
            for (Block b : t.blocks()) {
                assertTrue(b.span().end() <= t.text().length());
            }
        } catch (ParseException expected) {
            // a clean, typed rejection
        }
    }
}
