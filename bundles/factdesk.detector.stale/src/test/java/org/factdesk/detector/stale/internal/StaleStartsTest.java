package org.factdesk.detector.stale.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.factdesk.api.document.Span;
import org.junit.jupiter.api.Test;

class StaleStartsTest {
    private final DateFinder dates = new DateFinder();
    private final RelativePhrases phrases = new RelativePhrases();

    /** The positions the finders' own tests accept, found by asking them at every character. */
    private static int[] everyDateStart(String text) {
        return java.util.stream.IntStream.range(0, text.length()).filter(i -> DateFinder.canStartDate(text, i)).toArray();
    }

    private static int[] everyPhraseStart(String text) {
        return java.util.stream.IntStream.range(0, text.length()).filter(i -> RelativePhrases.canStart(text, i)).toArray();
    }

    private void assertSameStarts(String text) {
        StaleStarts starts = StaleStarts.in(text);
        assertArrayEquals(everyDateStart(text), starts.dates(), () -> "dates in: " + text);
        assertArrayEquals(everyPhraseStart(text), starts.phrases(), () -> "phrases in: " + text);
    }

    @Test
    void glueToALetterOrDigitBeforeStartsNothing() {
        assertEquals(0, StaleStarts.in("A2013 x2013 5today éToday 7in").dates().length);
        assertEquals(0, StaleStarts.in("A2013 x2013 5today éToday 7in").phrases().length);
        assertSameStarts("A2013 x2013 5today éToday 7in");
    }

    @Test
    void anyCaseOfAFirstWordStartsAPhrase() {
        assertEquals(List.of("TODAY", "Last Year", "on monday"),
                phrases.find("TODAY, Last Year and on monday").stream().map(s -> "TODAY, Last Year and on monday"
                        .substring(s.start(), s.end())).toList());
        assertSameStarts("TODAY, Last Year and on monday, Recently: ÄIn");
    }

    @Test
    void aStartAfterPunctuationOrANonAsciiCharacterCounts() {
        assertSameStarts("(2013) “Jan 5, 2020” —today ·March 2019 €2019 $2019 -2019 2019-2020 06/2019");
        assertEquals(3, dates.find("(2013) “Jan 5, 2020” —March 2019").size());
    }

    @Test
    void aPositionInsideAMatchIsNotTriedAgain() {
        // "this year" and "year" is no first word; "recent years" inside "in recent years" is not a second phrase
        String text = "In recent years, this year, last week today.";
        List<Span> found = phrases.find(text);
        assertEquals(List.of("In recent years", "this year", "last week", "today"),
                found.stream().map(s -> text.substring(s.start(), s.end())).toList());
    }

    @Test
    void theSameAsTryingEveryCharacterOnMixedText() {
        String[] pieces = {"in", "In", "on", "Monday", "last", "year", "2013", "2019-01", "01/16/2013", "6/2019", "Jan",
                "January", "16", "3.5", "$", "2000", "é", "İn", "\u212Aelvin", "today", "recent", "studies", "(", ")",
                ",", ".", " ", " ", "\n", "\t", "-", "/", "x", "A", "S", "Sept.", "7th", "ın", "This", "ﬁ"};
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(25);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertSameStarts(s);
            assertEquals(referenceDates(s), dates.find(s).stream().map(d -> d.start() + "-" + d.end()).toList(), s);
            assertEquals(referencePhrases(s), phrases.find(s).stream().map(p -> p.start() + "-" + p.end()).toList(), s);
        }
    }

    /** The dates as the character-by-character scan before {@link StaleStarts} found them. */
    private List<String> referenceDates(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            List<DateMention> at = DateFinder.canStartDate(text, i) ? dates.find(text, new int[] {i}) : List.of();
            if (!at.isEmpty() && at.get(0).start() == i) {
                out.add(at.get(0).start() + "-" + at.get(0).end());
                i = at.get(0).end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The phrases as the word-by-word scan before {@link StaleStarts} found them. */
    private List<String> referencePhrases(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            List<Span> at = RelativePhrases.canStart(text, i) ? phrases.find(text, new int[] {i}) : List.of();
            if (!at.isEmpty()) {
                out.add(at.get(0).start() + "-" + at.get(0).end());
                end = at.get(0).end();
            }
            i = end;
        }
        return out;
    }
}
