package org.factdesk.detector.artifact.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContentWordsTest {
    @Test
    void stemsDropFunctionWordsAndCutToFiveLetters() {
        assertEquals(List.of("demog", "indiv", "invol", "sex", "traff", "minne"),
                ContentWords.stems("What are the demographics of individuals involved in sex trafficking in Minnesota?"));
        assertEquals(List.of("traff", "traff", "traff"), ContentWords.stems("trafficking, traffickers; trafficked"));
        assertEquals(List.of(), ContentWords.stems("How does it play a role, and why? 2013"));
    }

    @Test
    void namesAreRunsOfCapitalizedWords() {
        assertEquals(List.of("Temporary Protected Status", "Temporary Protected Status"), ContentWords.names(
                "While I appreciate your question, it seems to be unrelated to Temporary Protected Status, which is the"
                        + " area. Please ask about Temporary Protected Status."));
        assertEquals(List.of("Family Promise of Kandiyohi County"),
                ContentWords.names("- Family Promise of Kandiyohi County: STI testing, addiction counseling"));
        assertEquals(List.of("City of Lakes"), ContentWords.names("Minneapolis, City of Lakes logo"));
        assertEquals(List.of(), ContentWords.names("In Minnesota, the Safe way. The End"));
        assertEquals(List.of("Salvation Army and United Way"), ContentWords.names("Willmar’s Salvation Army and United Way focus"));
    }
}
