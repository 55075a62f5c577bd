package org.factdesk.detector.artifact.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.parser.text.testing.ParsedDocuments;
import org.junit.jupiter.api.Test;

class ArtifactDetectorTest {
    private final ArtifactDetector detector = new ArtifactDetector();

    /** Each finding as "normalized | flagged text". */
    private List<String> found(AnalyzedDocument doc) {
        return detector.detect(doc).stream()
                .map(f -> f.normalized() + " | " + doc.text().substring(f.start(), f.end())).toList();
    }

    private List<String> found(String raw) {
        return found(ParsedDocuments.of(raw));
    }

    @Test
    void seedQaPageAboutMinnesotaShowsItsTemporaryProtectedStatusPersona() {
        AnalyzedDocument doc = ParsedDocuments.seed("002_0e5a6c75ee419f49.txt");
        List<Finding> findings = detector.detect(doc);
        assertEquals(List.of(
                "role-self-description | While I appreciate your question, it seems to be unrelated to Temporary Protected"
                        + " Status, which is the area of expertise I was designated to assist with.",
                "off-topic-answer | While I appreciate your question, it seems to be unrelated to Temporary Protected Status,"
                        + " which is the area of expertise I was designated to assist with. Please let me know if you have any"
                        + " questions or need clarification on matters related to Temporary Protected Status.",
                "chat-leftover | Please let me know if you have any questions or need clarification on matters related to"
                        + " Temporary Protected Status.",
                "role-self-description | As an expert in the field of Temporary Protected Status, I do not specialize in the"
                        + " study of sex trafficking in specific regions, such as Minnesota.",
                "role-self-description | As an expert in Temporary Protected Status, my expertise lies in immigration"
                        + " policies and practices rather than matters related to sex trafficking or Minnesota-specific issues."),
                found(doc));
        assertEquals(List.of(0.95, 0.95, 0.95, 0.95, 0.95), findings.stream().map(Finding::priority).toList());
        assertTrue(findings.stream().allMatch(f -> f.type().equals(FlagTypes.ARTIFACT)));
        assertEquals(Map.of("kind", "role-self-description", "cue", "area of expertise I"), findings.get(0).attributes());
        assertEquals(Map.of("kind", "off-topic-answer", "coverage", "0.00", "topic", "Temporary Protected Status",
                "question", "What are the demographics of individuals involved in sex trafficking in Minnesota?"),
                findings.get(1).attributes());
        assertEquals("let me know if you have", findings.get(2).attributes().get("cue"));
        assertEquals("As an expert in the field of Temporary Protected Status, I", findings.get(3).attributes().get("cue"));
    }

    @Test
    void editedSeedPagesHaveNoArtifacts() {
        for (String seed : List.of("000_76fc4e1531144b50.txt", "001_927abdd348d19e06.txt", "003_89172be8a9d527d6.txt",
                "004_9a1e396f60b61b24.txt")) {
            assertEquals(List.of(), found(ParsedDocuments.seed(seed)), seed);
        }
    }

    @Test
    void generatedListicleForDuluth() {
        String page = """
                Certainly! Here is a list of trafficking resources in Duluth, Minnesota:

                1. PAVSA: 24-hour crisis line and advocacy for survivors.
                2. Life House: drop-in center for homeless youth.
                3. [Insert local hotline number]

                As an AI language model, I don't have access to current service hours, so please check each website.

                I hope this helps! Let me know if you need more information.

                Regenerate response
                """;
        assertEquals(List.of(
                "chat-leftover | Certainly! Here is a list of trafficking resources in Duluth, Minnesota:",
                "chat-leftover | [Insert local hotline number]",
                "ai-self-reference | As an AI language model, I don't have access to current service hours, so please"
                        + " check each website.",
                "chat-leftover | I hope this helps!",
                "chat-leftover | Let me know if you need more information.",
                "chat-leftover | Regenerate response"), found(page));
    }

    @Test
    void refusalsInOtherWordings() {
        assertEquals(List.of("refusal | I'm sorry, but I can't help with that request."),
                found("I'm sorry, but I can't help with that request."));
        assertEquals(List.of("refusal | I cannot provide legal advice on Wisconsin statutes."),
                found("Wisconsin law is complex. I cannot provide legal advice on Wisconsin statutes."));
        assertEquals(List.of("refusal | I am unable to confirm the current address of the Tulsa shelter."),
                found("I am unable to confirm the current address of the Tulsa shelter."));
        assertEquals(List.of("refusal | I’m unable to verify that figure."), found("I’m unable to verify that figure."));
        assertEquals(List.of("refusal | I apologize, but as a text-based assistant the rest is beyond me."),
                found("I apologize, but as a text-based assistant the rest is beyond me."));
    }

    @Test
    void knowledgeCutoffAndSelfReferenceOutrankRefusal() {
        assertEquals(List.of("knowledge-cutoff | As of my last update in September 2021, Iowa had not passed a Safe Harbor law."),
                found("As of my last update in September 2021, Iowa had not passed a Safe Harbor law."));
        assertEquals(List.of("knowledge-cutoff | My training data does not include local ordinances."),
                found("My training data does not include local ordinances."));
        assertEquals(List.of("knowledge-cutoff | I am unable to browse the internet for the latest Texas numbers."),
                found("I am unable to browse the internet for the latest Texas numbers."));
        assertEquals(List.of("ai-self-reference | I'm sorry, but as an AI I cannot recommend a specific lawyer in Reno."),
                found("I'm sorry, but as an AI I cannot recommend a specific lawyer in Reno."));
        assertEquals(List.of("ai-self-reference | I am an AI developed to answer general questions."),
                found("I am an AI developed to answer general questions."));
    }

    @Test
    void roleSelfDescriptions() {
        assertEquals(List.of("role-self-description | As an expert in immigration law, I do not handle criminal matters."),
                found("As an expert in immigration law, I do not handle criminal matters."));
        assertEquals(List.of("role-self-description | I am only here to help with questions about housing benefits."),
                found("I am only here to help with questions about housing benefits."));
        assertEquals(List.of("role-self-description | That is outside my area of expertise."),
                found("That is outside my area of expertise."));
    }

    @Test
    void ordinaryProseIsNotAnArtifact() {
        String page = """
                Consent: Trafficking victims cannot leave due to threats or debt bondage.

                As an advocate for survivors, the agency offers court accompaniment in Cass County.

                As an expert witness, Dr. Lee testified that a minor cannot consent.

                Please call 911 if someone is in immediate danger.

                Please let us know if you have questions about the program.

                If you have any other questions, please call 311.

                Make sure, when you call, to ask for an advocate.

                The shelter can’t provide beds for everyone who asks, and it is unable to take pets.

                Our AI tools flag suspicious ads, and the language model is reviewed by staff.

                Thank you for your question about Safe Harbor eligibility.
                """;
        assertEquals(List.of(), found(page));
    }

    @Test
    void firstPersonSpeechInQuotationMarksIsAQuotedPersonNotAModel() {
        assertEquals(List.of(), found("“I think we have seen a deterioration,” said Chief Medaria Arradondo."));
        assertEquals(List.of(), found("“I am unable to go back to that house,” one survivor told the Star Tribune."));
        assertEquals(List.of(), found("\"I'm sorry, but I can't talk about him,\" she said. \"I hope this helps other girls.\""));
        // the quotation spans two sentences: the second one is still inside it
        assertEquals(List.of(), found("“We are overwhelmed. I cannot provide beds for all of them,” the director said."));
    }

    @Test
    void aQuotedChatbotIsFlaggedWithLowerPriority() {
        AnalyzedDocument doc = ParsedDocuments.of(
                "Asked about Ohio law, the chatbot answered: “As an AI language model, I cannot give legal advice.”");
        List<Finding> findings = detector.detect(doc);
        assertEquals(List.of("ai-self-reference | Asked about Ohio law, the chatbot answered: “As an AI language model,"
                + " I cannot give legal advice.”"), found(doc));
        assertEquals(0.5, findings.getFirst().priority());
        assertEquals(Map.of("kind", "ai-self-reference", "cue", "As an AI language model", "quoted", "true"),
                findings.getFirst().attributes());
    }

    @Test
    void oneFindingPerSentenceWithTheStrongestKind() {
        AnalyzedDocument doc = ParsedDocuments.of(
                "Certainly! As an AI language model, I cannot provide legal advice, but I hope this helps.");
        List<Finding> findings = detector.detect(doc);
        assertEquals(List.of("ai-self-reference | As an AI language model, I cannot provide legal advice, but I hope this helps."),
                found(doc));
        assertEquals("As an AI language model", findings.getFirst().attributes().get("cue"));
    }

    private static final String FARGO_PAGE = """
            Human Trafficking in Fargo: Questions and Answers

            1. Who can report trafficking in Fargo, North Dakota?

            Anyone can report suspected trafficking in Fargo to the Fargo Police Department or the national hotline. \
            Reports can be anonymous, and callers do not need proof to report trafficking.

            2. What shelters serve trafficking survivors in Fargo?

            Survivors in Fargo can stay at emergency shelters run by local nonprofits. These shelters offer safety \
            planning, case management and referrals for trafficking survivors.

            3. How long does a trafficking case take in North Dakota courts?

            ANSWER

            4. Where can trafficking survivors in Fargo find legal help?

            Legal Services of North Dakota represents survivors in Fargo and across the state in protection orders \
            and record relief for trafficking survivors.
            """;

    @Test
    void answerAboutAnotherProgramOnAFargoQaPage() {
        String answer = "Thank you for reaching out. Questions about court timelines fall outside Social Security"
                + " Disability Insurance, the program I cover. For eligibility rules and appeals under Social Security"
                + " Disability Insurance, consult the official program pages.";
        AnalyzedDocument doc = ParsedDocuments.of(FARGO_PAGE.replace("ANSWER", answer));
        List<Finding> findings = detector.detect(doc);
        assertEquals(List.of("off-topic-answer | " + answer), found(doc));
        assertEquals(Map.of("kind", "off-topic-answer", "coverage", "0.17", "topic", "Social Security Disability Insurance",
                "question", "How long does a trafficking case take in North Dakota courts?"), findings.getFirst().attributes());
        assertEquals(0.95, findings.getFirst().priority());
    }

    @Test
    void anAnswerThatStaysWithThePageTopicIsNotOffTopic() {
        // same foreign name twice, but the answer is about trafficking survivors, the page's topic
        String answer = "Timelines vary. Survivors who receive Social Security Disability Insurance keep it while"
                + " their case is open, and Social Security Disability Insurance is not counted as trafficking proceeds.";
        assertEquals(List.of(), found(FARGO_PAGE.replace("ANSWER", answer)));
    }

    @Test
    void anAnswerNamingLocalPlacesOnceIsNotOffTopic() {
        String answer = "Expect months, not weeks. The Cass County Courthouse schedules hearings after charging, and"
                + " prosecutors at the Burleigh County Attorney office say delays follow appeals and evidence requests.";
        assertEquals(List.of(), found(FARGO_PAGE.replace("ANSWER", answer)));
    }

    @Test
    void twoQuestionsAreNotAQaPage() {
        String page = """
                Who runs the Bismarck hotline?

                The hotline is run by volunteers of a regional program for survivors.

                Is the line open at night?

                Callers reach the Medicare Advantage Enrollment Desk first; the Medicare Advantage Enrollment Desk \
                forwards calls about benefits, premiums and coverage choices to retired staff.
                """;
        assertEquals(List.of(), found(page));
    }

    @Test
    void emptyAndUnstructuredDocuments() {
        assertEquals(List.of(), detector.detect(new AnalyzedDocument("e.txt", "", List.of(), List.of(), ParsedDocuments.AS_OF)));
        // no blocks or sentences known: the finding falls back to the phrase itself
        String text = "x I hope this helps y";
        AnalyzedDocument bare = new AnalyzedDocument("b.txt", text, List.of(), List.of(), ParsedDocuments.AS_OF);
        List<Finding> findings = detector.detect(bare);
        assertEquals(1, findings.size());
        assertEquals("I hope this helps", text.substring(findings.getFirst().start(), findings.getFirst().end()));
    }

    @Test
    void neverThrowsOnBinaryLookingText() {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            sb.append((char) random.nextInt(0x3000));
        }
        String text = sb.toString();
        AnalyzedDocument doc = new AnalyzedDocument("bin.txt", text, List.of(Block.of(0, text.length(), BlockKind.OTHER)),
                List.of(), ParsedDocuments.AS_OF);
        assertTrue(detector.detect(doc).stream().allMatch(f -> f.end() <= text.length() && f.end() > f.start()));
    }

    @Test
    void largeTextsStayLinear() {
        String unit = "Victims cannot leave due to threats. I hope this helps! As an expert in " + "x".repeat(300) + " ";
        String text = unit.repeat(10_000);
        AnalyzedDocument doc = ParsedDocuments.of(text);
        List<Finding> findings = assertTimeout(Duration.ofSeconds(30), () -> detector.detect(doc));
        assertEquals(10_000, findings.size());
        String longLine = "a".repeat(3_000_000);
        assertEquals(List.of(), assertTimeout(Duration.ofSeconds(30), () -> detector.detect(ParsedDocuments.of(longLine))));
    }
}
