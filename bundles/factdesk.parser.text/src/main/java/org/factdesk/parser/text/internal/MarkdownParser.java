package org.factdesk.parser.text.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.ExtractedText;
import org.factdesk.api.parse.DocumentParser;
import org.factdesk.api.parse.ParseException;
import org.factdesk.support.text.DecodedText;
import org.factdesk.support.text.ExtractedTextBuilder;
import org.osgi.service.component.annotations.Component;

/**
 * Markdown as an editor reads it: {@code #} headings, list items, paragraphs; emphasis markers and link targets
 * are dropped so that offsets point into readable text.
 */
@Component(property = {
        DocumentParser.MEDIA_TYPE + "=text/markdown",
        DocumentParser.EXTENSIONS + "=md",
        DocumentParser.EXTENSIONS + "=markdown"})
public final class MarkdownParser implements DocumentParser {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|`)");

    @Override
    public ExtractedText parse(String name, byte[] content) throws ParseException {
        DecodedText decoded = PlainTextParser.decode(content);
        StringBuilder rest = new StringBuilder();
        ExtractedTextBuilder builder = new ExtractedTextBuilder();
        String title = "";
        for (String line : LineLayout.splitLines(decoded.text())) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                title = addLaidOut(builder, rest, title);
                String heading = inline(h.group(1));
                builder.add(heading, BlockKind.HEADING);
                if (title.isEmpty()) {
                    title = heading;
                }
            } else {
                rest.append(inline(line)).append('\n');
            }
        }
        title = addLaidOut(builder, rest, title);
        return builder.build(title, decoded.charset());
    }

    private static String addLaidOut(ExtractedTextBuilder builder, StringBuilder pending, String title) {
        for (LineLayout.LaidBlock block : LineLayout.layout(pending.toString())) {
            builder.add(block.text(), block.kind());
            if (title.isEmpty()) {
                title = block.text();
            }
        }
        pending.setLength(0);
        return title;
    }

    static String inline(String line) {
        return EMPHASIS.matcher(LINK.matcher(line).replaceAll("$1")).replaceAll("");
    }
}
