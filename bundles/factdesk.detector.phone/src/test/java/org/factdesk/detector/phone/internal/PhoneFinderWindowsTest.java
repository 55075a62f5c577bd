package org.factdesk.detector.phone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.Span;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts lose nothing: on digit-dense synthetic text, built to put numbers, extensions, dates, time stamps,
 * brackets, long blank runs, SMS keywords, service codes and vanity numbers next to each other and near window
 * edges, the finder gives exactly the matches of the straightforward scan (libphonenumber's matcher over the whole
 * text, every pattern tried everywhere): same offsets, normalized values, channel, form and extension.
 */
class PhoneFinderWindowsTest {
    private final PhoneFinder finder = new PhoneFinder();

    private static final String[] GLUE = {" ", " ", " ", "-", ".", "(", ")", "+", "/", "x", "X", "#", ",", "\t",
            "\u00A0", "\n", ": ", "%", "$", "~", "; ", " ext ", " ext. ", " extension ", " Ext:", " int ", ";ext=",
            "   ", " ".repeat(12), " ".repeat(30), ", , , ", "--", " call ", " Tel: ", " Aug ", " the ", " a ",
            " TTY ", " text ", "abc", "PO Box ", " at ", "\u2013", "\uFF08", "\uFF0B", "\u0661\u0662", "\u00AD",
            " Text HELP to ", " txt ", "SMS ", "texting the word \u201cSAFE\u201d to ", " dial ", " Emergency: ", "3-1-1",
            "9-1-1", "911", "988", "711", "1-800-FLOWERS", "(800) GO-FEDEX", "1-800-THE-LOST", "800-CALL-NOW", "_",
            " contact ", "ſms ", "TeXt "};

    private static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    private static String usNumber(Random r) {
        String area = (2 + r.nextInt(8)) + digits(r, 2);
        String exchange = (2 + r.nextInt(8)) + digits(r, 2);
        String line = digits(r, 4);
        return switch (r.nextInt(6)) {
            case 0 -> area + "-" + exchange + "-" + line;
            case 1 -> "(" + area + ") " + exchange + "-" + line;
            case 2 -> "+1 " + area + " " + exchange + " " + line;
            case 3 -> "1-" + area + "-" + exchange + "-" + line;
            case 4 -> area + "." + exchange + "." + line;
            default -> area + exchange + line;
        };
    }

    private static String token(Random r) {
        return switch (r.nextInt(15)) {
            case 0, 1, 2 -> usNumber(r);
            case 14 -> "310" + (r.nextBoolean() ? "-" : ".") + digits(r, 4) + (r.nextBoolean() ? "" : digits(r, 1));
            case 3 -> "+44 20 7946 " + digits(r, 4);
            case 4 -> "+43 1 " + digits(r, 4 + r.nextInt(4));
            case 5 -> "200" + r.nextInt(10) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10) + " 1" + r.nextInt(10)
                    + ":" + r.nextInt(6) + r.nextInt(10) + ":0" + r.nextInt(10);
            case 6 -> (1 + r.nextInt(12)) + "/" + (1 + r.nextInt(28)) + "/20" + digits(r, 2);
            case 7 -> "abc" + digits(r, 10) + (r.nextBoolean() ? "def" : "");
            case 8 -> digits(r, 1 + r.nextInt(12));
            case 9 -> r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
            default -> GLUE[r.nextInt(GLUE.length)];
        };
    }

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int tokens = 20 + r.nextInt(200);
        for (int i = 0; i < tokens; i++) {
            sb.append(token(r));
            if (r.nextInt(3) == 0) {
                sb.append(" the words between numbers ".repeat(r.nextInt(3)));
            }
        }
        return sb.toString();
    }

    @Test
    void shortcutsAndStraightforwardScanFindTheSameOnSyntheticText() {
        Random random = new Random(20261123L);
        int matches = 0;
        long windowChars = 0;
        long textChars = 0;
        Set<String> forms = new TreeSet<>();
        for (int i = 0; i < 300; i++) {
            String text = text(random);
            List<PhoneMatch> whole = finder.findScanningWholeText(text);
            List<PhoneMatch> windowed = finder.find(text);
            assertEquals(whole, windowed, text);
            matches += whole.size();
            whole.forEach(m -> forms.add(m.form()));
            textChars += text.length();
            windowChars += NumberWindows.of(text).stream().mapToInt(w -> w.end() - w.start()).sum();
        }
        assertTrue(matches > 1200, "the synthetic text must hold many numbers: " + matches);
        assertTrue(windowChars < textChars, "the windows must leave some text out");
        assertEquals(Set.of("number", "service-code", "short-code", "vanity"), forms, "every form must be exercised");
    }

    @Test
    void numbersRightAtTheEdgesOfTheTextAndOfWindows() {
        for (String text : List.of("888-373-7888", "(888) 373-7888", "+18883737888x12", "call 888-373-7888 ext 5",
                "888-373-7888" + " ".repeat(50) + "x 123#", "2002-08-06 11:48:09 612-673-3000",
                "abc6126733000 and 612-673-3000def and 612-673-3000", "Tel:+1 (612) 673-3000;ext=44",
                "words ".repeat(20) + "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0" + " words".repeat(20))) {
            assertEquals(finder.findScanningWholeText(text), finder.find(text), text);
        }
        assertEquals("12", finder.find("call 888-373-7888 ext 12").get(0).extension());
    }

    @Test
    void theDetectorsWholeTextSwitchChangesNoFinding() {
        String text = "Hotline 888-373-7888; office (612) 673-3000 ext. 4; TTY 612-673-2157; text HELP to 233733.";
        AnalyzedDocument doc = new AnalyzedDocument("t.txt", text, List.of(Block.of(0, text.length(), BlockKind.PARAGRAPH)),
                List.of(new Span(0, text.length())), LocalDate.of(2026, 11, 23));
        List<Finding> windowed = new PhoneDetector().detect(doc);
        List<Finding> whole;
        System.setProperty(PhoneDetector.WHOLE_TEXT_PROPERTY, "true");
        try {
            whole = new PhoneDetector().detect(doc);
        } finally {
            System.clearProperty(PhoneDetector.WHOLE_TEXT_PROPERTY);
        }
        assertEquals(List.of("+18883737888", "+16126733000", "+16126732157", "233733"),
                windowed.stream().map(Finding::normalized).toList());
        assertEquals(whole, windowed);
    }
}
