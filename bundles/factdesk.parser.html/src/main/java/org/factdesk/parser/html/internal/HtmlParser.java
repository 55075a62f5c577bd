package org.factdesk.parser.html.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.document.ExtractedText;
import org.factdesk.api.parse.DocumentParser;
import org.factdesk.api.parse.ParseException;
import org.factdesk.support.text.DecodedText;
import org.factdesk.support.text.NotTextException;
import org.factdesk.support.text.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.osgi.service.component.annotations.Component;

/**
 * HTML with jsoup. Decoding follows {@link TextDecoder} with the charset the page declares in its first bytes;
 * the text is then extracted block by block by {@link BlockExtractor}. Nothing of the page's markup, scripts or
 * links survives into the extracted text.
 */
@Component(property = {
        DocumentParser.MEDIA_TYPE + "=text/html",
        DocumentParser.EXTENSIONS + "=html",
        DocumentParser.EXTENSIONS + "=htm",
        DocumentParser.EXTENSIONS + "=xhtml"})
public final class HtmlParser implements DocumentParser {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** jsoup's default; keeps a hostile page with 10,000 nested elements from costing more than it must. */
    private static final int MAX_DEPTH = 512;

    @Override
    public ExtractedText parse(String name, byte[] content) throws ParseException {
        DecodedText decoded;
        try {
            decoded = TextDecoder.decode(content, declaredCharset(content));
        } catch (NotTextException e) {
            throw new ParseException(e.getMessage(), e);
        }
        Parser parser = Parser.htmlParser();
        parser.setMaxDepth(MAX_DEPTH);
        Document doc = Jsoup.parse(decoded.text(), "", parser);
        return BlockExtractor.extract(doc, decoded.charset());
    }

    /** The charset a page declares in a meta tag within its first 2 KB, or null. */
    static String declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
