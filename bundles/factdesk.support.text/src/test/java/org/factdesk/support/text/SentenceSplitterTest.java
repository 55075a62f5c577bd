package org.factdesk.support.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.ExtractedText;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String... blocks) {
        ExtractedTextBuilder b = new ExtractedTextBuilder();
        for (String block : blocks) {
            b.add(block, BlockKind.PARAGRAPH);
        }
        ExtractedText t = b.build("", "UTF-8");
        return SentenceSplitter.split(t.text(), t.blocks()).stream()
                .map(s -> t.text().substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsOnSentenceEnds() {
        assertEquals(List.of("Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline (888-373-7888).",
                        "Signs to note:"),
                sentences("Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline (888-373-7888). Signs to note:"));
    }

    @Test
    void keepsLegalAbbreviationsTogether() {
        assertEquals(List.of("Minnesota’s law defines sex trafficking as “receiving.”", "Minn. Stat. 609.321, subd. 7a.",
                        "Minnesota’s law is different."),
                sentences("Minnesota’s law defines sex trafficking as “receiving.” Minn. Stat. 609.321, subd. 7a. Minnesota’s law is different."));
        assertEquals(List.of("Under 18 U.S. law and Conn. Gen. Stat. rules, it is a crime."),
                sentences("Under 18 U.S. law and Conn. Gen. Stat. rules, it is a crime."));
    }

    @Test
    void neverCrossesBlocks() {
        assertEquals(List.of("Is prostitution legal in Willmar, Minnesota?", "No—prostitution is illegal."),
                sentences("Is prostitution legal in Willmar, Minnesota?", "No—prostitution is illegal."));
    }

    @Test
    void decimalsAndLowercaseContinuationsDoNotSplit() {
        assertEquals(List.of("The rate rose 3.5 percent in 2023 vs. 2022, e.g. in rural areas."),
                sentences("The rate rose 3.5 percent in 2023 vs. 2022, e.g. in rural areas."));
    }

    @Test
    void blockSpansAreExact() {
        ExtractedText t = new ExtractedTextBuilder().add("  Title \n here ", BlockKind.HEADING).add("", BlockKind.PARAGRAPH)
                .add("Body.", BlockKind.PARAGRAPH).build("T", "UTF-8");
        assertEquals("Title here\n\nBody.", t.text());
        assertEquals(List.of(Block.of(0, 10, BlockKind.HEADING), Block.of(12, 17, BlockKind.PARAGRAPH)), t.blocks());
    }
}
