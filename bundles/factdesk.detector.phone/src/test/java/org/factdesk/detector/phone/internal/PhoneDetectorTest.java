package org.factdesk.detector.phone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.Span;
import org.junit.jupiter.api.Test;

class PhoneDetectorTest {
    @Test
    void hotlinesRankAboveOtherNumbersAndServiceCodes() {
        String text = "Their 24/7 hotline (860-456-7470) helps. Office: 860-450-7473. Dial 911 now.";
        AnalyzedDocument doc = new AnalyzedDocument("t.txt", text, List.of(Block.of(0, text.length(), BlockKind.PARAGRAPH)),
                List.of(new Span(0, 40), new Span(41, 62), new Span(63, text.length())), LocalDate.of(2026, 11, 23));
        List<Finding> f = new PhoneDetector().detect(doc);
        assertEquals(List.of("+18604567470", "+18604507473", "911"), f.stream().map(Finding::normalized).toList());
        assertEquals(List.of(0.95, 0.85, 0.6), f.stream().map(Finding::priority).toList());
        assertEquals("number", f.get(0).attributes().get("form"));
        assertEquals("service-code", f.get(2).attributes().get("form"));
    }
}
