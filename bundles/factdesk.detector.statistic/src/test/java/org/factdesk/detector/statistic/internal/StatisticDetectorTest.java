package org.factdesk.detector.statistic.internal;

import static org.factdesk.detector.statistic.internal.Texts.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.junit.jupiter.api.Test;

class StatisticDetectorTest {
    private final StatisticDetector detector = new StatisticDetector();

    @Test
    void attributesCarryValueUnitQualifierKindAndSource() {
        String text = "Police data shows 62% of street robberies occur in prostitution corridors.\n"
                + "The average age of entry into prostitution by minors is 12-14 years old.";
        List<Finding> f = detector.detect(document(text));
        assertEquals(2, f.size());
        assertEquals(FlagTypes.STATISTIC, f.get(0).type());
        assertEquals("62 percent", f.get(0).normalized());
        assertEquals(Map.of("value", "62", "unit", "percent", "qualifier", "", "kind", "percent", "sourced", "true"),
                f.get(0).attributes());
        assertEquals(Map.of("value", "12", "value_high", "14", "unit", "years", "qualifier", "average", "kind", "age",
                "sourced", "false"), f.get(1).attributes());
        assertEquals("12-14 years old", text.substring(f.get(1).start(), f.get(1).end()));
    }

    @Test
    void priorityDependsOnTheSourceAndTheKind() {
        String text = "Arrest data shows 70% of 2023 prostitution charges were against clients.\n"
                + "The MN Human Trafficking Office identified 12 trafficking cases in 2023.\n"
                + "Success requires support: 89% of those exiting need substance abuse treatment.\n"
                + "The training was attended by nearly 100 people.\n"
                + "With Willimantic’s poverty rate at 28% (U.S. Census), survival sex becomes a last resort.\n"
                + "Fines go up to $2,000.";
        List<Finding> f = detector.detect(document(text));
        assertEquals(List.of("70 percent", "12 cases", "89 percent", "nearly 100 people", "28 percent", "up to 2000 USD"),
                f.stream().map(Finding::normalized).toList());
        assertEquals(List.of(0.9, 0.8, 0.7, 0.5, 0.9, 0.7), f.stream().map(Finding::priority).toList());
    }

    @Test
    void aSourceInAnotherSentenceDoesNotCount() {
        String text = "According to the county survey, things improved.\nArrests rose 40 percent.";
        assertEquals("false", detector.detect(document(text)).get(0).attributes().get("sourced"));
    }

    @Test
    void priorityTable() {
        Statistic percent = new Statistic(0, 1, Statistic.PERCENT, java.math.BigDecimal.ONE, null, "percent", "");
        Statistic count = new Statistic(0, 1, Statistic.COUNT, java.math.BigDecimal.TEN, null, "people", "");
        assertEquals(0.9, StatisticDetector.priority(percent, true));
        assertEquals(0.7, StatisticDetector.priority(percent, false));
        assertEquals(0.8, StatisticDetector.priority(count, true));
        assertEquals(0.5, StatisticDetector.priority(count, false));
    }

    @Test
    void worksWithoutSentencesAndOnEmptyText() {
        assertEquals(List.of(), detector.detect(document("")));
        String text = "About 25 hotels were visited, according to police.";
        AnalyzedDocument bare = new AnalyzedDocument("x.txt", text, List.of(), List.of(), LocalDate.of(2026, 1, 15));
        List<Finding> f = detector.detect(bare);
        assertEquals(List.of("About 25 hotels"), f.stream().map(x -> text.substring(x.start(), x.end())).toList());
        assertEquals(0.8, f.get(0).priority());
    }

    @Test
    void neverThrowsAndStaysInsideArbitraryText() {
        Random random = new Random(42);
        String alphabet = "0123456789 ,.-–/%$×x+:;§#()\n\u00A0aAeEyYsStTfor percent years old age is of Highway";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0xFFFF) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            for (Finding f : detector.detect(document(text))) {
                assertTrue(f.start() >= 0 && f.end() > f.start() && f.end() <= text.length(), f.toString());
            }
        }
    }

    @Test
    void sameDocumentSameFindings() {
        String text = "Victims are three times more likely to be homeless; 1 in 6 runaways; $500 to $1,000.";
        assertEquals(detector.detect(document(text)), detector.detect(document(text)));
    }

    /** A guard against super-linear behaviour, not a benchmark: quadratic work on 1 MB would take hours. */
    @Test
    void longNumberDenseTextFinishes() {
        String chunk = "12    888-373-7888 24/7 2013 $1,000 41%, 7 years, 19 defendants ";
        String text = chunk.repeat(1_000_000 / chunk.length());
        long start = System.nanoTime();
        List<Finding> f = detector.detect(document(text));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(4 * (1_000_000 / chunk.length()), f.size());
        assertTrue(millis < 60_000, "took " + millis + " ms");
    }
}
