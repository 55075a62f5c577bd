package org.factdesk.parser.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factdesk.api.document.BlockKind;
import org.factdesk.parser.text.internal.LineLayout.LaidBlock;
import org.junit.jupiter.api.Test;

class LineLayoutTest {
    private static List<String> texts(String text) {
        return LineLayout.layout(text).stream().map(LaidBlock::text).toList();
    }

    @Test
    void bulletsOnTheirOwnLinesAreRejoinedWithTheirItems() {
        String copied = """
                Factors include:
                •
                •
                •

                Homelessness or status as a runaway
                Chemical addiction
                Poverty or lack of resources

                Juveniles are extremely vulnerable.
                """;
        List<LaidBlock> blocks = LineLayout.layout(copied);
        assertEquals(List.of("Factors include:", "• Homelessness or status as a runaway", "• Chemical addiction",
                "• Poverty or lack of resources", "Juveniles are extremely vulnerable."), blocks.stream().map(LaidBlock::text).toList());
        assertEquals(BlockKind.LIST_ITEM, blocks.get(1).kind());
    }

    @Test
    void wrappedItemsAreGroupedByTheirPunctuation() {
        String copied = """
                •
                •

                Excludes sexually exploited youth under
                18 from the definition of “delinquent
                child”;
                Directs the Commissioner of Public
                Safety to devise a response;
                """;
        assertEquals(List.of("• Excludes sexually exploited youth under 18 from the definition of “delinquent child”;",
                "• Directs the Commissioner of Public Safety to devise a response;"), texts(copied));
    }

    @Test
    void hardWrappedProseIsJoined() {
        assertEquals(List.of("A sexually exploited youth is someone under the age of 18 who engages in commercial sexual activity."),
                texts("A sexually exploited youth is someone\nunder the age of 18 who engages in\ncommercial sexual activity.\n"));
    }

    @Test
    void headingsAndParagraphsAreTold() {
        List<LaidBlock> blocks = LineLayout.layout("Is prostitution legal in Willmar, Minnesota?\nNo—prostitution is illegal throughout Minnesota.\n");
        assertEquals(BlockKind.HEADING, blocks.get(0).kind());
        assertEquals(BlockKind.PARAGRAPH, blocks.get(1).kind());
    }

    @Test
    void bulletsThatMatchNoGroupingAreDroppedAndTheTextKept() {
        assertEquals(List.of("Intro text", "only one item"), texts("Intro text\n•\n•\n•\nonly one item\n"));
    }
}
