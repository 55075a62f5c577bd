package org.factdesk.parser.html.internal;

import java.util.Set;

import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.ExtractedText;
import org.factdesk.support.text.ExtractedTextBuilder;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Walks a parsed page and keeps its readable text in blocks: headings, paragraphs, list items and other blocks
 * (table cells, quotes, preformatted text). Scripts, styles, navigation, embedded frames and form controls are
 * dropped. The walk is iterative (jsoup's {@link NodeTraversor}), so deep markup cannot overflow the stack.
 */
final class BlockExtractor implements NodeVisitor {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "nav", "iframe",
            "object", "embed", "svg", "math", "canvas", "select", "option", "button", "input", "textarea", "head");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "aside", "form", "address", "figcaption", "caption", "summary", "details", "body", "center",
            "fieldset", "legend", "label", "figure");
    private static final Set<String> OTHER = Set.of("td", "th", "pre", "blockquote", "dd", "dt", "tr", "table");

    private final ExtractedTextBuilder builder = new ExtractedTextBuilder();
    private final StringBuilder pending = new StringBuilder();
    private int skipDepth = -1;

    static ExtractedText extract(Document doc, String charset) {
        BlockExtractor extractor = new BlockExtractor();
        NodeTraversor.traverse(extractor, doc.body());
        extractor.flush(BlockKind.PARAGRAPH);
        return extractor.builder.build(doc.title(), charset);
    }

    @Override
    public void head(Node node, int depth) {
        if (skipDepth >= 0) {
            return;
        }
        if (node instanceof TextNode text) {
            pending.append(text.getWholeText());
        } else if (node instanceof Element el) {
            String tag = el.normalName();
            if (DROPPED.contains(tag) || el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
                skipDepth = depth;
            } else if (tag.equals("br")) {
                pending.append('\n');
            } else if (isBlock(tag)) {
                flush(BlockKind.PARAGRAPH);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (skipDepth >= 0) {
            if (depth == skipDepth) {
                skipDepth = -1;
            }
            return;
        }
        if (node instanceof Element el) {
            String tag = el.normalName();
            if (HEADINGS.contains(tag)) {
                flush(BlockKind.HEADING);
            } else if (tag.equals("li")) {
                flush(BlockKind.LIST_ITEM);
            } else if (OTHER.contains(tag)) {
                flush(BlockKind.OTHER);
            } else if (isBlock(tag)) {
                flush(BlockKind.PARAGRAPH);
            }
        }
    }

    private static boolean isBlock(String tag) {
        return HEADINGS.contains(tag) || PARAGRAPHS.contains(tag) || OTHER.contains(tag)
                || tag.equals("li") || tag.equals("ul") || tag.equals("ol") || tag.equals("dl") || tag.equals("hr");
    }

    private void flush(BlockKind kind) {
        if (pending.isEmpty()) {
            return;
        }
        builder.add(pending, kind);
        pending.setLength(0);
    }
}
