package org.factdesk.detector.attribution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factdesk.api.document.Span;
import org.junit.jupiter.api.Test;

/** The prefilter that lets the detector skip sentences: it may let too much through, never too little. */
class CueWordsTest {
    /** Sentences each held by one cue only, in the case or form that a careless prefilter would miss. */
    private static final List<String> HELD = List.of(
            "As Reported by the FBI, arrests rose.",
            "PER the FBI, arrests rose.",
            "Based On hotline data, calls rose.",
            "It is KNOWN that calls rose.",
            "It is Believed that calls rose.",
            "Calls rose, experts say.",
            "“Calls rose,” Ortiz told the board.",
            "Rates rose 28% (Kelly Smith, 2021).",
            "Rates rose 28% (via the hotline, 2021).",
            "SOURCE: Polaris, 2021.",
            "In a 2023 SURVEY, calls rose.",
            "Calls rose at Stearns County’s shelters.",
            "Calls rose at Stearns County's shelters.",
            "Calls rose at the Granite City Anti-Trafficking Partnership.");

    /** Sentences with none of the cues: a capitalized verb, a lower-case organization noun, an abbreviation. */
    private static final List<String> SKIPPED = List.of(
            "Notes from the trip were lost.",
            "Calls rose, experts Say.",
            "The county fair opened in June.",
            "Shows and concerts run all week at the Co. hall.",
            "We met Dr. Ortiz at noon.",
            "Rates rose 28% (see below) in Iowa (2021).",
            "Call (Our (toll free)) now.",
            "Call (X) now.",
            "");

    @Test
    void sentencesWithACueInAnyCaseOrFormAreHeld() {
        for (String sentence : HELD) {
            assertTrue(CueWords.mayHold(sentence, new Span(0, sentence.length())), sentence);
        }
    }

    @Test
    void sentencesWithoutCuesAreSkipped() {
        for (String sentence : SKIPPED) {
            assertFalse(CueWords.mayHold(sentence, new Span(0, sentence.length())), sentence);
        }
    }

    @Test
    void heldSentencesAreFlaggedOrRememberedSoTheyMustNotBeSkipped() {
        // each HELD sentence matters: a rule fires on it or the memory learns an organization from it
        for (String sentence : HELD) {
            DocumentMemory memory = new DocumentMemory();
            SentenceView view = SentenceView.of(sentence, new Span(0, sentence.length()));
            List<Cue> cues = new CueFinder().find(view, memory);
            memory.rememberOrganizations(view);
            boolean remembered = Lexicon.ORGANIZATION_NOUNS.stream().anyMatch(n -> memory.organization(n).isPresent());
            assertTrue(!cues.isEmpty() || remembered, sentence);
        }
    }

    @Test
    void skippedSentencesGiveNoCueAndTeachTheMemoryNothing() {
        for (String sentence : SKIPPED) {
            DocumentMemory memory = new DocumentMemory();
            SentenceView view = SentenceView.of(sentence, new Span(0, sentence.length()));
            assertEquals(List.of(), new CueFinder().find(view, memory), sentence);
            memory.rememberOrganizations(view);
            assertFalse(Lexicon.ORGANIZATION_NOUNS.stream().anyMatch(n -> memory.organization(n).isPresent()), sentence);
        }
    }

    @Test
    void onlyTheSentenceIsScanned() {
        String text = "Experts say so. The fair opened.";
        assertFalse(CueWords.mayHold(text, new Span(16, text.length())));
        assertTrue(CueWords.mayHold(text, new Span(0, 15)));
    }
}
