package org.factdesk.detector.statistic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceCuesTest {
    private static boolean hasCue(String text) {
        return SourceCues.in(text).within(0, text.length());
    }

    @Test
    void everyFormIsFoundAtItsFirstWord() {
        assertTrue(hasCue("According to the county, 40% are minors."));
        assertTrue(hasCue("Source: FBI"));
        assertTrue(hasCue("Research shows 40% are minors."));
        assertTrue(hasCue("40% are minors (U.S. Census)."));
        assertTrue(hasCue("40% are minors in a 2023 county survey."));
        assertTrue(hasCue("The Dept. reported 40 cases."));
        assertTrue(hasCue("The task  force has identified 40 cases."));
        assertTrue(hasCue("The FBI counted 40 cases."));
    }

    @Test
    void aWordThatStartsWithAnotherFormsFirstWordIsTriedAsItself() {
        // "institute" begins with "in", "reports" with "report", "sources" with "source"
        assertTrue(hasCue("The Institute found 40 cases."));
        assertTrue(hasCue("Reports found 40 cases."));
        assertFalse(hasCue("Sources: FBI"));
        assertFalse(hasCue("Into a 2023 county survey."));
    }

    @Test
    void aFrequentFirstWordWithoutItsFormIsNoCue() {
        assertFalse(hasCue("In 2023 the county served 40 people by phone, from home."));
        assertEquals(false, hasCue("The report was long."));
    }
}
