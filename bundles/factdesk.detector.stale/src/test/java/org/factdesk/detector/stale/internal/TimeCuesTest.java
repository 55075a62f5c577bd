package org.factdesk.detector.stale.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TimeCuesTest {
    private static List<String> clauseOf(String sentence, String date) {
        int start = sentence.indexOf(date);
        return TimeCues.clauseWords(sentence, 0, sentence.length(), start, start + date.length());
    }

    @Test
    void clausesStopAtConjunctionsAndPunctuation() {
        assertEquals(List.of("in", "the", "department", "plans", "to", "add", "a", "second", "investigator", "to", "the", "squad"),
                clauseOf("Last year the department had one investigator, and in 2013 the department plans to add a second"
                        + " investigator to the squad.", "2013"));
        assertEquals(List.of("the", "law", "was", "passed", "in"), clauseOf("The law was passed in 2005 and will be reviewed.", "2005"));
        assertEquals(List.of("figures"), clauseOf("Broader drivers matter: 62% cited housing; 2023 figures", "2023"));
        assertEquals(List.of("wisconsin", "opened", "its", "shelter", "in"),
                clauseOf("Wisconsin opened its shelter in 2016 – the state will expand it", "2016"));
        assertEquals(List.of("in", "will", "grow"), clauseOf("The 2013–2014 plan said: in 2015 will grow", "2015"));
    }

    @Test
    void futureAndPresentCues() {
        assertTrue(TimeCues.speaksOfFuture(List.of("the", "department", "will", "be", "adding")));
        assertTrue(TimeCues.speaksOfFuture(List.of("the", "department", "plans", "to", "add")));
        assertTrue(TimeCues.speaksOfFuture(List.of("by", "the", "end", "of")));
        assertTrue(TimeCues.speaksOfFuture(List.of("the", "task", "force", "is", "set", "to", "grow")));
        assertFalse(TimeCues.speaksOfFuture(List.of("held", "against", "their", "will")));
        assertFalse(TimeCues.speaksOfFuture(List.of("the", "plans", "were", "dropped")));
        assertTrue(TimeCues.speaksOfPresent(List.of("arrest", "data", "shows")));
        assertTrue(TimeCues.speaksOfPresent(List.of("defendants", "have", "been", "charged")));
        assertFalse(TimeCues.speaksOfPresent(List.of("the", "law", "went", "into", "effect")));
    }

    @Test
    void leadInsAndLawNames() {
        String s = "As of 2020, there are 40 beds.";
        int start = TimeCues.leadInStart(s, 0, s.indexOf("2020"));
        assertEquals(0, start);
        assertEquals("as of", TimeCues.leadInWord(s, start, s.indexOf("2020")));
        String law = "Under the 2011 Safe Harbor law, youth are victims.";
        assertTrue(TimeCues.namesALaw(law, law.indexOf("2011") + 4));
        String report = "The 2020 Census shows poverty.";
        assertFalse(TimeCues.namesALaw(report, report.indexOf("2020") + 4));
    }
}
