package org.factdesk.detector.statistic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WordIndexTest {
    private static String numbers(String text, WordIndex index) {
        return NumberScanner.scan(text, index).stream().map(t -> t.start() + "-" + t.end() + "=" + t.value()).toList()
                .toString();
    }

    private static String wordStatistics(String text, WordIndex index) {
        List<Statistic> out = new ArrayList<>();
        WordStatistics.find(text, index, out);
        return out.toString();
    }

    private static String cues(String text, WordIndex index) {
        SourceCues cues = SourceCues.in(text, index);
        StringBuilder within = new StringBuilder();
        for (int from = 0; from <= text.length(); from++) {
            within.append(cues.within(from, text.length()) ? '1' : '0');
        }
        return within.toString();
    }

    /** The index leaves out only words that no scanner acts on: reading every word finds the same. */
    private static void assertSameAsEveryWord(String text) {
        WordIndex listed = WordIndex.of(text);
        WordIndex every = WordIndex.everyWord(text);
        assertEquals(numbers(text, every), numbers(text, listed), text);
        assertEquals(wordStatistics(text, every), wordStatistics(text, listed), text);
        assertEquals(cues(text, every), cues(text, listed), text);
    }

    @Test
    void wordsGluedToDigitsOrInsideANumberAreReadAsBefore() {
        assertEquals("[0-1=5, 4-14=21]", numbers("5th twenty one", WordIndex.of("5th twenty one")));
        assertSameAsEveryWord("5th twenty one 1,000 1,0000 1.5 million 3.1415926535 twenty-five A dozen a hundred");
        assertSameAsEveryWord("twice as likely, Half of the 2019 data shows (U.S. Census) (source: FBI reported) a third of");
    }

    @Test
    void aCueInsideAnEarlierCueIsNotTriedAgain() {
        String text = "According to a report by the study found in a 2023 county survey (census data)";
        assertSameAsEveryWord(text);
        assertEquals(cues(text, WordIndex.everyWord(text)), cues(text, WordIndex.of(text)));
    }

    @Test
    void theSameAsReadingEveryWordOnMixedText() {
        String[] pieces = {"a", "A", "an", "dozen", "hundred", "one", "Two", "three", "twenty", "five", "-", " ", " ",
                "\n", ",", ".", "(", ")", "1", "2019", "1,000", "3.5", "million", "half", "of", "the", "third", "quarters",
                "twice", "hundreds", "people", "according", "to", "data", "shows", "in", "report", "Office", "reported",
                "source", ":", "year", "percent", "%", "$", "é", "x7", "about", "times", "study", "Census"};
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameAsEveryWord(text.toString());
        }
    }
}
