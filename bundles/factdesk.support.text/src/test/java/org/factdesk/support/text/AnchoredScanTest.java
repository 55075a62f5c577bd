package org.factdesk.support.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AnchoredScanTest {
    private static final Pattern STREET_NUMBER = Pattern.compile("(?<![\\w\\-])\\d{1,4}\\s+[A-Z][a-z]+\\s+(?:St|Ave)\\b");
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b\\d{1,2}\\s?(?:am|pm)\\b|\\bnoon\\b");

    @Test
    void findsWhatFindFindsInTheRegion() {
        String text = "x12 Main St, 40 Mansfield Ave and 7-9 Oak St; 300 Elm St. -5 Pine St";
        assertEquals(everywhere(STREET_NUMBER, text, 0, text.length()),
                texts(AnchoredScan.matches(STREET_NUMBER, text, 0, text.length(), AnchoredScan.ASCII_DIGIT)));
        assertEquals(List.of("40 Mansfield Ave", "300 Elm St"),
                texts(AnchoredScan.matches(STREET_NUMBER, text, 0, text.length(), AnchoredScan.ASCII_DIGIT)));
    }

    @Test
    void boundsAreTransparentSoLookBehindAndWordBoundariesSeeOutsideTheRegion() {
        String text = "A12 Main St";
        // the region starts at the digit; the letter before it still forbids the match, as find() with transparent bounds
        assertEquals(List.of(), texts(AnchoredScan.matches(STREET_NUMBER, text, 1, text.length(), AnchoredScan.ASCII_DIGIT)));
        assertEquals(everywhere(STREET_NUMBER, text, 1, text.length()),
                texts(AnchoredScan.matches(STREET_NUMBER, text, 1, text.length(), AnchoredScan.ASCII_DIGIT)));
    }

    @Test
    void aStartThatMissesSomeBeginningsMissesTheirMatches() {
        // the contract: Starts must cover every position where a match can begin; "noon" begins with a letter
        String text = "Open 9am to noon";
        assertEquals(List.of("9am", "noon"), texts(AnchoredScan.matches(CLOCK, text, 0, text.length(), AnchoredScan.anyOf("0123456789nN"))));
        assertEquals(List.of("9am"), texts(AnchoredScan.matches(CLOCK, text, 0, text.length(), AnchoredScan.ASCII_DIGIT)));
    }

    @Test
    void agreesWithFindOnRandomText() {
        Random random = new Random(7);
        String alphabet = "0123456789 aApPmMnoSt.-:Ave";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            assertEquals(everywhere(CLOCK, text, from, to),
                    texts(AnchoredScan.matches(CLOCK, text, from, to, AnchoredScan.anyOf("0123456789nN"))), text);
        }
    }

    @Test
    void startsFoundOnceServeAsTheStartsOfLaterScans() {
        String text = "a1 bb22 c333 dddd";
        int[] all = AnchoredScan.all(text, 0, text.length(), AnchoredScan.ASCII_DIGIT);
        assertArrayEquals(new int[] {1, 5, 6, 9, 10, 11}, all);
        AnchoredScan.Starts shared = AnchoredScan.at(all);
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertEquals(AnchoredScan.ASCII_DIGIT.next(text, from, to), shared.next(text, from, to), from + ".." + to);
            }
        }
        Pattern number = Pattern.compile("\\d+");
        assertEquals(List.of("1", "22", "333"), texts(AnchoredScan.matches(number, text, 0, text.length(), shared)));
        assertArrayEquals(new int[0], AnchoredScan.all("no digits", 0, 9, AnchoredScan.ASCII_DIGIT));
    }

    private static List<String> everywhere(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text).region(from, to).useTransparentBounds(true);
        return m.results().map(MatchResult::group).toList();
    }

    private static List<String> texts(List<MatchResult> matches) {
        return matches.stream().map(MatchResult::group).toList();
    }
}
