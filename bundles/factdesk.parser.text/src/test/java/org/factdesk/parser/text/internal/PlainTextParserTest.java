package org.factdesk.parser.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factdesk.api.document.ExtractedText;
import org.factdesk.api.parse.ParseException;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {
    private final PlainTextParser parser = new PlainTextParser();

    @Test
    void seedFactSheetKeepsItsListsAndCitation() throws Exception {
        Path seed = Path.of("../../corpus/seed/004_9a1e396f60b61b24.txt");
        ExtractedText t = parser.parse("004", Files.readAllBytes(seed));
        assertEquals("Sex Trafficking and Safe Harbors in Minnesota", t.title());
        assertTrue(t.text().contains("• Homelessness or status as a runaway\n\n• Lack of involvement in school – truancy"), t.text());
        assertTrue(t.text().contains("• Engagement in “survival sex” – exchanging sex for basic needs"));
        assertTrue(t.text().contains("knowing or having reason to know it is derived from sex trafficking.” Minn. Stat. 609.321, subd. 7a."));
        assertTrue(t.text().contains("The average age of entry into prostitution by minors is 12-14 years old."));
        assertTrue(t.blocks().stream().allMatch(b -> b.span().end() <= t.text().length()));
    }

    @Test
    void crlfAndWindows1252() throws Exception {
        byte[] bytes = "Hotline\r\nCall \u201c888-373-7888\u201d now.\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ExtractedText t = parser.parse("x.txt", bytes);
        assertEquals("Hotline\n\nCall \u201c888-373-7888\u201d now.", t.text());
        assertEquals("windows-1252", t.charset());
    }

    @Test
    void binaryGivesAClearError() {
        ParseException e = assertThrows(ParseException.class,
                () -> parser.parse("x.txt", new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1}));
        assertEquals("contains NUL bytes: a binary file, not text", e.getMessage());
    }

    @Test
    void markdownHeadingsAndLinks() throws Exception {
        ExtractedText t = new MarkdownParser().parse("x.md",
                "# Help in **Duluth**\n\nCall the [hotline](https://example.org) at 218-555-0142.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Help in Duluth\n\nCall the hotline at 218-555-0142.", t.text());
        assertEquals("Help in Duluth", t.title());
    }
}
