package org.factdesk.parser.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.factdesk.api.document.BlockKind;

/**
 * Recovers the block structure of plain text that was copied out of a web page or a PDF: hard-wrapped lines are
 * joined back into paragraphs, and bullet markers that the copy left on lines of their own (a run of "•" lines,
 * then the items) are put back in front of their items.
 *
 * <p>Plain logic on lines, so it can be tested without a framework.
 */
final class LineLayout {
    /** One recovered block. */
    record LaidBlock(String text, BlockKind kind) {
    }

    private static final Pattern BULLET_ONLY = Pattern.compile("^\\s*[•·▪◦○●■□‣∙*\\-–]\\s*$");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[•·▪◦○●■□‣∙*\\-–]|\\d{1,2}[.)])\\s+\\S.*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;][\"”’)]*$");

    private LineLayout() {
    }

    static List<LaidBlock> layout(String text) {
        List<String> lines = rejoinBullets(splitLines(text));
        List<LaidBlock> blocks = new ArrayList<>();
        StringBuilder current = null;
        BlockKind currentKind = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || BULLET_ONLY.matcher(line).matches()) {
                // a bullet left without an item carries no text: it ends the block before it
                current = flush(blocks, current, currentKind);
                continue;
            }
            boolean listItem = LIST_MARKER.matcher(line).matches();
            if (current != null && !listItem && continues(current, line)) {
                current.append(' ').append(line);
                continue;
            }
            current = flush(blocks, current, currentKind);
            current = new StringBuilder(line);
            currentKind = listItem ? BlockKind.LIST_ITEM : null;
        }
        flush(blocks, current, currentKind);
        return blocks;
    }

    /** A line continues the block before it when that block stops mid-sentence and the line reads on. */
    private static boolean continues(CharSequence block, String line) {
        String prev = block.toString();
        if (ENDS_SENTENCE.matcher(prev).matches()) {
            return false;
        }
        char first = line.charAt(0);
        return Character.isLowerCase(first) || Character.isDigit(first) || first == '(' || first == '“' && Character.isLowerCase(second(line));
    }

    private static char second(String line) {
        return line.length() > 1 ? line.charAt(1) : ' ';
    }

    private static StringBuilder flush(List<LaidBlock> blocks, StringBuilder current, BlockKind kind) {
        if (current != null && !current.isEmpty()) {
            String t = current.toString();
            blocks.add(new LaidBlock(t, kind != null ? kind : classify(t)));
        }
        return null;
    }

    /** A short line that does not end like a sentence is a heading; so is a short question. */
    static BlockKind classify(String block) {
        boolean shortLine = block.length() <= 90;
        if (shortLine && (block.endsWith("?") || !ENDS_SENTENCE.matcher(block).matches() && !block.endsWith(","))) {
            return BlockKind.HEADING;
        }
        return BlockKind.PARAGRAPH;
    }

    static List<String> splitLines(String text) {
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /**
     * Finds runs of bullet-only lines and gives each bullet its item: the lines after the run, up to the next
     * blank line, grouped into as many items as there were bullets (first by joining wrapped lines, then by
     * sentence-final punctuation). When neither grouping matches the count, the lines are left as they were.
     */
    static List<String> rejoinBullets(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            if (!BULLET_ONLY.matcher(lines.get(i)).matches()) {
                out.add(lines.get(i++));
                continue;
            }
            int bullets = 0;
            int j = i;
            while (j < lines.size() && (BULLET_ONLY.matcher(lines.get(j)).matches() || lines.get(j).isBlank())) {
                if (!lines.get(j).isBlank()) {
                    bullets++;
                }
                j++;
            }
            int k = j;
            List<String> body = new ArrayList<>();
            while (k < lines.size() && !lines.get(k).isBlank() && !BULLET_ONLY.matcher(lines.get(k)).matches()) {
                body.add(lines.get(k).strip());
                k++;
            }
            List<String> items = group(body, bullets);
            if (items == null) {
                out.addAll(lines.subList(i, k));
            } else {
                for (String item : items) {
                    out.add("• " + item);
                }
                out.add("");
            }
            i = k;
        }
        return out;
    }

    private static List<String> group(List<String> body, int count) {
        if (body.isEmpty()) {
            return null;
        }
        if (body.size() == count) {
            return body;
        }
        List<String> byWrap = new ArrayList<>();
        for (String line : body) {
            if (!byWrap.isEmpty() && continues(byWrap.get(byWrap.size() - 1), line)) {
                byWrap.set(byWrap.size() - 1, byWrap.get(byWrap.size() - 1) + " " + line);
            } else {
                byWrap.add(line);
            }
        }
        if (byWrap.size() == count) {
            return byWrap;
        }
        List<String> byPunctuation = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (String line : body) {
            if (!item.isEmpty()) {
                item.append(' ');
            }
            item.append(line);
            if (ENDS_SENTENCE.matcher(line).matches()) {
                byPunctuation.add(item.toString());
                item.setLength(0);
            }
        }
        if (!item.isEmpty()) {
            byPunctuation.add(item.toString());
        }
        return byPunctuation.size() == count ? byPunctuation : null;
    }
}
