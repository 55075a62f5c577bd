package org.factdesk.parser.text.internal;

import org.factdesk.api.document.ExtractedText;
import org.factdesk.api.parse.DocumentParser;
import org.factdesk.api.parse.ParseException;
import org.factdesk.support.text.DecodedText;
import org.factdesk.support.text.ExtractedTextBuilder;
import org.factdesk.support.text.NotTextException;
import org.factdesk.support.text.TextDecoder;
import org.osgi.service.component.annotations.Component;

/** Plain text: decodes, then recovers paragraphs, headings and list items from the line layout. */
@Component(property = {
        DocumentParser.MEDIA_TYPE + "=text/plain",
        DocumentParser.EXTENSIONS + "=txt",
        DocumentParser.EXTENSIONS + "=text"})
public final class PlainTextParser implements DocumentParser {

    @Override
    public ExtractedText parse(String name, byte[] content) throws ParseException {
        DecodedText decoded = decode(content);
        ExtractedTextBuilder builder = new ExtractedTextBuilder();
        String title = "";
        for (LineLayout.LaidBlock block : LineLayout.layout(decoded.text())) {
            if (title.isEmpty()) {
                title = block.text();
            }
            builder.add(block.text(), block.kind());
        }
        return builder.build(title, decoded.charset());
    }

    static DecodedText decode(byte[] content) throws ParseException {
        try {
            return TextDecoder.decode(content);
        } catch (NotTextException e) {
            throw new ParseException(e.getMessage(), e);
        }
    }
}
