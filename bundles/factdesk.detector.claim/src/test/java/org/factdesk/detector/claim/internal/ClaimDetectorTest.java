package org.factdesk.detector.claim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.Span;
import org.junit.jupiter.api.Test;

class ClaimDetectorTest {
    private static final ClaimDetector DETECTOR = new ClaimDetector();

    private static List<String> flagged(AnalyzedDocument document) {
        return DETECTOR.detect(document).stream().map(Finding::normalized).toList();
    }

    private static List<String> flaggedParagraph(String... sentences) {
        return flagged(new TestDocument().paragraph(sentences).build());
    }

    @Test
    void flagsTheWholeSentenceWithScoreAndPriority() {
        String claim = "Arrest data shows 70% of 2023 prostitution charges in Kandiyohi County were against clients.";
        AnalyzedDocument doc = new TestDocument().heading("How do Willmar police conduct prostitution stings?")
                .paragraph("Violence and exploitation are pervasive dangers.", claim).build();
        List<Finding> findings = DETECTOR.detect(doc);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        int start = doc.text().indexOf(claim);
        assertEquals(FlagTypes.CLAIM, f.type());
        assertEquals(start, f.start());
        assertEquals(start + claim.length(), f.end());
        assertEquals(claim, f.normalized());
        double score = DETECTOR.score(claim);
        assertTrue(score > 0.9, () -> "score " + score);
        assertEquals(Math.round(score * 1000) / 1000.0, f.priority());
        assertEquals(Map.of("score", String.format(Locale.ROOT, "%.4f", score), "model", "claimbuster-lr-1"),
                f.attributes());
    }

    @Test
    void flagsStatisticsAndDatedFactsFromTheSeedCorpus() {
        String survey = "A 2022 Minnesota Department of Health report found 68% of sex workers experienced "
                + "physical assault, while 34% encountered weapon threats.";
        String lawPassed = "Minnesota first passed its sex trafficking law in 2005.";
        String research = "For example, national research shows that 96 percent of girls who are trafficked are "
                + "runaways, and their average age of entry into prostitution is 14.";
        assertEquals(List.of(survey, lawPassed, research), flaggedParagraph(survey,
                "We emphasize harm reduction and pathways to support for vulnerable individuals.", lawPassed,
                "Anyone can become a victim of sex trafficking.", research));
    }

    @Test
    void flagsClaimsAboutOtherPlacesWrittenInOtherStyles() {
        assertEquals(List.of(
                        "In 2022, Oregon recorded 312 trafficking cases, a 40 percent increase over 2019.",
                        "Georgia\u2019s human trafficking hotline received 1,200 calls last year, up from 800 in 2019.",
                        "Texas ranked second in the nation for reported trafficking cases in 2021, after California.",
                        "The Cook County Sheriff's Office arrested 45 men in a three-day sting in Chicago last March."),
                flaggedParagraph(
                        "In 2022, Oregon recorded 312 trafficking cases, a 40 percent increase over 2019.",
                        "Georgia\u2019s human trafficking hotline received 1,200 calls last year, up from 800 in 2019.",
                        "Texas ranked second in the nation for reported trafficking cases in 2021, after California.",
                        "The Cook County Sheriff's Office arrested 45 men in a three-day sting in Chicago last March."));
    }

    @Test
    void doesNotFlagOpinionsInstructionsOrPleasantries() {
        assertEquals(List.of(), flaggedParagraph(
                "We believe every survivor deserves compassion and a safe place to heal.",
                "Please share this page with anyone who might need help.",
                "Thank you for reading and for caring about this issue.",
                "I think we can all agree this is a terrible problem.",
                "Avoid confronting suspects\u2014provide vehicle descriptions and locations to authorities.",
                "Welcome to our resource page."));
    }

    @Test
    void skipsQuestionsHeadingsFragmentsAndCodeEvenWhenTheModelScoresThemHigh() {
        String question = "Did 70% of the 2023 charges in Kandiyohi County target buyers?";
        String heading = "In 2014, Minnesota\u2019s Safe Harbor law went into effect.";
        String fragment = "Up 40 percent."; // three words
        String code = "if (arrests[2023] > 70) { charges = 1200; }";
        for (String s : List.of(question, heading, fragment, code)) {
            assertTrue(DETECTOR.score(s) >= DETECTOR.threshold(), () -> "the model alone would flag: " + s);
        }
        assertEquals(List.of(), flagged(new TestDocument().heading(heading).paragraph(question, fragment, code)
                .listItem("\u201cDid 2,000 people call the Texas hotline in 2021?\u201d").build()));
        assertEquals(List.of(heading), flaggedParagraph(heading));
    }

    @Test
    void normalizesWhiteSpaceAndCutsLongSentences() {
        String spaced = "In 2022,\n  Oregon recorded\t312 trafficking cases, a 40 percent increase over 2019.";
        assertEquals(List.of("In 2022, Oregon recorded 312 trafficking cases, a 40 percent increase over 2019."),
                flaggedParagraph(spaced));
        String longClaim = "In 2022, Oregon recorded 312 trafficking cases, a 40 percent increase over 2019, "
                + "and the state paid $4.5 million for shelters in 14 counties; ".repeat(8) + "officials said.";
        List<Finding> findings = DETECTOR.detect(new TestDocument().paragraph(longClaim).build());
        assertEquals(1, findings.size());
        assertEquals(longClaim.length(), findings.get(0).end() - findings.get(0).start());
        assertEquals(longClaim.substring(0, 300).stripTrailing(), findings.get(0).normalized());
    }

    @Test
    void listItemsAreJudgedLikeParagraphs() {
        String ranking = "Texas ranked second in the nation for reported trafficking cases in 2021, after California.";
        assertEquals(List.of(ranking), flagged(new TestDocument().listItem(ranking)
                .listItem("Survivors deserve our respect and support.").build()));
    }

    @Test
    void isDeterministicAndInTextOrder() {
        AnalyzedDocument doc = new TestDocument()
                .paragraph("Minnesota first passed its sex trafficking law in 2005.", "It is a hard subject.")
                .paragraph("In 2022, Oregon recorded 312 trafficking cases, a 40 percent increase over 2019.").build();
        List<Finding> first = DETECTOR.detect(doc);
        assertEquals(first, DETECTOR.detect(doc));
        assertEquals(2, first.size());
        assertTrue(first.get(0).end() <= first.get(1).start());
    }

    @Test
    void survivesEmptyHugeAndBinaryText() {
        assertEquals(List.of(), DETECTOR.detect(new TestDocument().build()));
        StringBuilder junk = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            junk.append((char) random.nextInt(0x3000));
        }
        String huge = "The 2023 survey counted 1,204 people in 12 shelters. ".repeat(200_000) + junk;
        AnalyzedDocument doc = new AnalyzedDocument("big.txt", huge,
                List.of(Block.of(0, huge.length(), BlockKind.OTHER)),
                List.of(new Span(0, huge.length()), new Span(huge.length(), huge.length()),
                        new Span(huge.length() - 10, huge.length() + 50)), // outside the text: skipped
                LocalDate.of(2025, 1, 1));
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> DETECTOR.detect(doc));
        assertEquals(1, findings.size());
        assertEquals(0, findings.get(0).start());
        assertEquals(huge.length(), findings.get(0).end());
        assertEquals(300, findings.get(0).normalized().length());
    }

    @Test
    void publishesItsThresholdAsACheckWorthinessService() {
        assertEquals(0.34, DETECTOR.threshold());
        assertTrue(DETECTOR.score("Thank you for reading and for caring about this issue.") < 0.05);
        assertTrue(DETECTOR.score("In 2022, Oregon recorded 312 trafficking cases, up 40 percent over 2019.") > 0.95);
    }
}
