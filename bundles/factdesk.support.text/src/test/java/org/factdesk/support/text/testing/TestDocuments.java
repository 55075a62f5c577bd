package org.factdesk.support.text.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.ExtractedText;
import org.factdesk.api.document.Span;
import org.factdesk.support.text.ExtractedTextBuilder;
import org.factdesk.support.text.SentenceSplitter;

/**
 * Documents for detector tests, shared by the detector bundles through this module's test jar:
 * <ul>
 *   <li>{@link #of} builds them the way the pipeline does: one block per line, separated by a blank line, of the
 *       kind the plain-text parser would give it (list item after a marker, heading for a short line that does not
 *       end a sentence or that asks a question, paragraph otherwise), cut into sentences by the real splitter;</li>
 *   <li>{@link #linePerSentence} makes each line one block and one sentence, so a test controls what a sentence
 *       is.</li>
 * </ul>
 */
public final class TestDocuments {
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[•·▪*\\-–]|\\d{1,2}[.)])\\s+\\S.*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;][\"”’)]*$");

    private TestDocuments() {
    }

    /** The lines as the pipeline would analyze them, dated 2026-01-01. */
    public static AnalyzedDocument of(String... lines) {
        ExtractedTextBuilder builder = new ExtractedTextBuilder();
        for (String line : lines) {
            builder.add(line, kind(line));
        }
        ExtractedText t = builder.build("", "UTF-8");
        return new AnalyzedDocument("test.txt", t.text(), t.blocks(), SentenceSplitter.split(t.text(), t.blocks()),
                LocalDate.of(2026, 1, 1));
    }

    /** A document of one paragraph. */
    public static AnalyzedDocument paragraph(String text) {
        return of(text);
    }

    /** Each line of {@code text} one paragraph and one sentence, dated 2026-01-15. */
    public static AnalyzedDocument linePerSentence(String text) {
        List<Block> blocks = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start) {
                blocks.add(Block.of(start, end, BlockKind.PARAGRAPH));
                sentences.add(new Span(start, end));
            }
            start = end + 1;
        }
        return new AnalyzedDocument("test.txt", text, blocks, sentences, LocalDate.of(2026, 1, 15));
    }

    /** Every finding as "surface → normalized", in the order given: what a reader of the flags would see. */
    public static List<String> surfaces(String text, List<Finding> findings) {
        return findings.stream().map(f -> text.substring(f.start(), f.end()) + " → " + f.normalized()).toList();
    }

    private static BlockKind kind(String line) {
        if (LIST_MARKER.matcher(line).matches()) {
            return BlockKind.LIST_ITEM;
        }
        boolean shortLine = line.length() <= 90;
        if (shortLine && (line.endsWith("?") || !ENDS_SENTENCE.matcher(line).matches() && !line.endsWith(","))) {
            return BlockKind.HEADING;
        }
        return BlockKind.PARAGRAPH;
    }
}
