package org.factdesk.parser.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.ExtractedText;
import org.junit.jupiter.api.Test;

class HtmlParserTest {
    private final HtmlParser parser = new HtmlParser();

    private ExtractedText parse(String html) throws Exception {
        return parser.parse("t.html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsBlocksAndDropsScriptsStylesAndNavigation() throws Exception {
        ExtractedText t = parse("""
                <html><head><title>Help in Duluth</title><style>p{color:red}</style></head><body>
                <nav><a href="/">Home</a> <a href="/about">About</a></nav>
                <h2>Where to <em>get</em> help</h2>
                <p>Call the hotline at <a href="tel:2185550142">218-555-0142</a>.<script>alert(1)</script></p>
                <ul><li>Shelter</li><li>Legal aid</li></ul>
                <img src=x onerror="alert(2)"><iframe src="https://evil.example"></iframe>
                </body></html>""");
        assertEquals("Where to get help\n\nCall the hotline at 218-555-0142.\n\nShelter\n\nLegal aid", t.text());
        assertEquals("Help in Duluth", t.title());
        assertEquals(List.of(Block.of(0, 17, BlockKind.HEADING), Block.of(19, 52, BlockKind.PARAGRAPH),
                Block.of(54, 61, BlockKind.LIST_ITEM), Block.of(63, 72, BlockKind.LIST_ITEM)), t.blocks());
        assertFalse(t.text().contains("alert"));
    }

    @Test
    void metaCharsetIsHonoured() throws Exception {
        byte[] bytes = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 \u201chelp\u201d</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));
        ExtractedText t = parser.parse("t.html", bytes);
        assertEquals("Caf\u00e9 \u201chelp\u201d", t.text());
        assertEquals("windows-1252", t.charset());
    }

    @Test
    void deepNestingAndUnclosedTagsDoNotBreakIt() throws Exception {
        String deep = "<div>".repeat(10_000) + "<p>deep text" + "</div>".repeat(10);
        ExtractedText t = parse("<html><body>" + deep);
        assertTrue(t.text().contains("deep text"), t.text());
    }

    @Test
    void entitiesAreDecodedNotExpanded() throws Exception {
        ExtractedText t = parse("<p>Fees &amp; fines up to &#36;2,000 &lt;script&gt;</p>");
        assertEquals("Fees & fines up to $2,000 <script>", t.text());
    }
}
