package org.factdesk.detector.resource.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.document.Span;

/** What a block of a resource page looks like: a section title, a question, a field line, a name on its own. */
final class BlockShapes {
    private static final String LIST_BULLETS = "•·▪◦○●■□‣∙*-–";
    private static final Pattern LIST_MARKER = Pattern.compile("(?:[" + Pattern.quote(LIST_BULLETS) + "]|\\d{1,2}[.)])\\s+");
    /** A field label and its colon; the labels of a number may do without the colon ("Main line (512) 555-0144"). */
    private static final List<String> FIELD_LABELS = List.of("phone", "tel", "telephone", "text", "sms", "tty", "tdd",
            "fax", "address", "location", "hours", "office hours", "walk-in hours", "drop-in hours", "intake hours", "email",
            "e-mail", "website", "web", "main line", "after hours", "after-hours", "crisis line", "hotline", "helpline",
            "intake", "office", "call", "chat", "toll-free", "toll free", "voice", "cell", "mobile");
    /** The labels of a number, which may do without the colon; each is also a field label. */
    private static final List<String> NUMBER_LABELS = List.of("phone", "tel", "telephone", "main line", "office",
            "toll-free", "toll free", "hotline", "helpline", "crisis line");
    private static final Pattern FIELD_LINE = Pattern.compile(
            "(?i)(?:(?:" + LabelStart.alternation(FIELD_LABELS) + ")\\s*:"
                    + "|(?:" + LabelStart.alternation(NUMBER_LABELS) + ")\\s+(?=[(+\\d]))");
    private static final LabelStart FIELD_START = new LabelStart(FIELD_LABELS);
    private static final List<String> MEDIA_LABELS = List.of("media", "press", "news media", "for media", "reporters");
    private static final Pattern MEDIA_CONTACT = Pattern.compile(
            "(?i)(?:" + LabelStart.alternation(MEDIA_LABELS) + ")\\b[^:]{0,20}(?:contact|inquiries|enquiries)");
    private static final LabelStart MEDIA_START = new LabelStart(MEDIA_LABELS);
    /** After the name of a directory entry, only a short description: ", Vice and Narcotics tip line". */
    private static final Pattern ENTRY_TAIL = Pattern.compile("\\s*(?:(?:,|—|–|-)\\s*[^.!?:]{0,80})?");
    static final int MAX_ENTRY_LENGTH = 100;

    private BlockShapes() {
    }

    /** Where the block's words begin, after a list marker ("- ", "• ", "1. "). */
    static int contentStart(String text, Span block) {
        if (block.length() == 0 || !mayOpenList(text.charAt(block.start()))) {
            return block.start(); // the usual block opens with a word: no need to try the pattern
        }
        Matcher m = LIST_MARKER.matcher(text).region(block.start(), block.end());
        return m.lookingAt() ? m.end() : block.start();
    }

    /** A bullet or an ASCII digit: how every list marker {@link #LIST_MARKER} takes begins. */
    private static boolean mayOpenList(char c) {
        return LIST_BULLETS.indexOf(c) >= 0 || c >= '0' && c <= '9';
    }

    /** "EMERGENCY AND 24-HOUR LINES": a section title in capitals. */
    static boolean isAllCaps(String text, Span block) {
        int letters = 0;
        for (int i = block.start(); i < block.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 4;
    }

    /**
     * "Get Help in Greater Hartford": every longer word capitalized and no digits, a heading rather than a
     * description or an address line ("409 W 400 S, Salt Lake City, UT 84101").
     */
    static boolean isTitleCase(String text, Span block) {
        int words = 0;
        int capitalized = 0;
        boolean atWordStart = true;
        for (int i = block.start(); i < block.end(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                if (atWordStart && wordLength(text, i, block.end()) > 3) {
                    words++;
                    if (Character.isUpperCase(c)) {
                        capitalized++;
                    }
                }
                atWordStart = false;
            } else {
                atWordStart = Character.isWhitespace(c);
            }
        }
        return words >= 2 && capitalized == words;
    }

    private static int wordLength(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Prose: the block ends with a full stop, or holds a question before more words. */
    static boolean isSentence(String text, Span block) {
        int end = block.end();
        while (end > block.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > block.start() && text.charAt(end - 1) == '.') {
            return true;
        }
        for (int i = block.start(); i + 1 < end; i++) {
            if (text.charAt(i) == '?' && text.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    static boolean isQuestion(String text, Span block) {
        int end = block.end();
        while (end > block.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > block.start() && text.charAt(end - 1) == '?';
    }

    /** "Phone: 515-555-0102", "Office: 1 N. 2nd St.", "Main line (512) 555-0144": a detail of the entry above. */
    static boolean isFieldLine(String text, int contentStart, Span block) {
        return FIELD_START.mayBeginAt(text, contentStart, block.end())
                && FIELD_LINE.matcher(text).region(contentStart, block.end()).lookingAt();
    }

    /** "Media contact: Jordan Pike, ...": the publisher's press office, not a service for readers. */
    static boolean isMediaContact(String text, int contentStart, Span block) {
        return MEDIA_START.mayBeginAt(text, contentStart, block.end())
                && MEDIA_CONTACT.matcher(text).region(contentStart, block.end()).lookingAt();
    }

    /**
     * A block that is only a name, perhaps with a short description after a comma or dash: a directory entry.
     * "Name: description" is a label instead, which offers the organization on its own line.
     */
    static boolean isNameOnly(String text, int contentStart, Span block, NameMention first) {
        return first.start() == contentStart && block.length() <= MAX_ENTRY_LENGTH
                && ENTRY_TAIL.matcher(text).region(first.end(), block.end()).matches();
    }

    /** The description after the name in a name-only block: "Vice and Narcotics tip line". */
    static String entryTail(String text, NameMention first, Span block) {
        String tail = text.substring(first.end(), block.end()).strip();
        while (!tail.isEmpty() && ",—–-".indexOf(tail.charAt(0)) >= 0) {
            tail = tail.substring(1).strip();
        }
        return tail;
    }
}
