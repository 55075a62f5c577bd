package org.factdesk.detector.attribution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.Span;
import org.factdesk.support.text.testing.TestDocuments;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AttributionDetectorTest {
    /** What an editor sees of a flag: the flagged text, the source, its kind, the priority and the claim. */
    record Flagged(String text, String source, String kind, double priority, String claim) {
    }

    private static List<Flagged> flag(String... lines) {
        AnalyzedDocument doc = TestDocuments.of(lines);
        return new AttributionDetector().detect(doc).stream()
                .map(f -> new Flagged(doc.text().substring(f.start(), f.end()), f.normalized(),
                        f.attributes().get("source_kind"), f.priority(), f.attributes().get("claim")))
                .toList();
    }

    private static List<String> sources(String... lines) {
        return flag(lines).stream().map(Flagged::source).toList();
    }

    @Nested
    class SeedCorpus {
        @Test
        void accordingToANamedAgencyCreditsTheClauseAfterTheColon() {
            assertEquals(List.of(new Flagged(
                            "85% of trafficking victims statewide report being forced into prostitution according to the CT "
                                    + "Department of Children and Families",
                            "CT Department of Children and Families", "government", 0.75,
                            "85% of trafficking victims statewide report being forced into prostitution")),
                    flag("Connecticut sees significant overlap: 85% of trafficking victims statewide report being forced "
                            + "into prostitution according to the CT Department of Children and Families."));
        }

        @Test
        void aTrailingSourceCreditsOnlyItsOwnClause() {
            assertEquals(List.of(new Flagged(
                            "HIV prevalence among local sex workers is 12% according to Windham Hospital outreach data",
                            "Windham Hospital (outreach data)", "data", 0.7, "HIV prevalence among local sex workers is 12%")),
                    flag("Windham County’s syphilis rates are 3× Connecticut’s average, while HIV prevalence among local sex "
                            + "workers is 12% according to Windham Hospital outreach data."));
        }

        @Test
        void aSourceInBracketsCreditsTheFigureBeforeIt() {
            assertEquals(List.of(new Flagged("With Willimantic’s poverty rate at 28% (U.S. Census)", "U.S. Census",
                            "government", 0.75, "With Willimantic’s poverty rate at 28%")),
                    flag("With Willimantic’s poverty rate at 28% (U.S. Census) and opioid overdoses 47% above state average, "
                            + "survival sex becomes a last resort."));
        }

        @Test
        void twoSourcesInOneSentenceGetTheirOwnClauses() {
            assertEquals(List.of(
                            new Flagged("Police data shows 62% of street robberies occur in prostitution corridors",
                                    "police data", "data", 0.7, "62% of street robberies occur in prostitution corridors"),
                            new Flagged("local businesses attribute 30% revenue loss to customer avoidance according to "
                                    + "Downtown Willimantic Association surveys", "Downtown Willimantic Association (surveys)",
                                    "survey", 0.7, "local businesses attribute 30% revenue loss to customer avoidance")),
                    flag("Police data shows 62% of street robberies occur in prostitution corridors, while local businesses "
                            + "attribute 30% revenue loss to customer avoidance according to Downtown Willimantic Association "
                            + "surveys."));
        }

        @Test
        void aDatedGovernmentReportIsNamedWithItsYear() {
            String sentence = "A 2022 Minnesota Department of Health report found 68% of sex workers experienced physical "
                    + "assault, while 34% encountered weapon threats.";
            assertEquals(List.of(new Flagged(sentence, "Minnesota Department of Health (2022 report)", "government", 0.75,
                    "68% of sex workers experienced physical assault, while 34% encountered weapon threats")), flag(sentence));
        }

        @Test
        void arrestDataAndACountySurvey() {
            assertEquals(List.of(new Flagged(
                            "Arrest data shows 70% of 2023 prostitution charges in Kandiyohi County were against clients.",
                            "arrest data", "data", 0.7, "70% of 2023 prostitution charges in Kandiyohi County were against clients")),
                    flag("Arrest data shows 70% of 2023 prostitution charges in Kandiyohi County were against clients."));
            assertEquals(List.of(new Flagged(
                            "62% of arrested sex workers cited unaffordable housing as their primary motivator in a 2023 county survey",
                            "county survey (2023)", "survey", 0.7,
                            "62% of arrested sex workers cited unaffordable housing as their primary motivator")),
                    flag("Broader economic drivers matter: 62% of arrested sex workers cited unaffordable housing as their "
                            + "primary motivator in a 2023 county survey."));
        }

        @Test
        void vagueSourcesAreUnnamedAndRankHighest() {
            assertEquals(List.of(new Flagged(
                            "For example, national research shows that 96 percent of girls who are trafficked are runaways, and "
                                    + "their average age of entry into prostitution is 14.",
                            "national research (unnamed)", "unnamed", 0.85,
                            "96 percent of girls who are trafficked are runaways, and their average age of entry into prostitution is 14")),
                    flag("For example, national research shows that 96 percent of girls who are trafficked are runaways, and "
                            + "their average age of entry into prostitution is 14."));
            assertEquals(List.of(new Flagged(
                            "According to recent statistics, there are estimated to be hundreds of individuals trafficked for sex in "
                                    + "Minnesota each year.",
                            "recent statistics (unnamed)", "unnamed", 0.85,
                            "there are estimated to be hundreds of individuals trafficked for sex in Minnesota each year")),
                    flag("According to recent statistics, there are estimated to be hundreds of individuals trafficked for sex "
                            + "in Minnesota each year."));
        }

        @Test
        void anOfficeThatIdentifiedCasesIsCreditedWithTheWholeClause() {
            String sentence = "The MN Human Trafficking Office identified 12 trafficking cases in Kandiyohi County in 2023, "
                    + "mostly involving hotel-based exploitation.";
            assertEquals(List.of(new Flagged(sentence, "MN Human Trafficking Office", "government", 0.75,
                    "The MN Human Trafficking Office identified 12 trafficking cases in Kandiyohi County in 2023, mostly "
                            + "involving hotel-based exploitation")), flag(sentence));
        }

        @Test
        void sentencesWithoutASourceAreNotFlagged() {
            assertEquals(List.of(), flag(
                    "Minneapolis City leaders today heard a report about the City’s work, in partnership with other agencies "
                            + "and organizations, to stop the sex trafficking of juveniles.",
                    "Residents report concerns about public safety and economic decline.",
                    "Business impacts are localized—some hotels near Highway 12 report reputation concerns.",
                    "Specifically, Minnesota’s law defines sex trafficking as “receiving, recruiting, enticing, harboring.”",
                    "Minnesota’s law recognizes sex trafficking as a form of pimping.",
                    "SERA (Safe Education Resources & Advocacy): Trauma therapy, safety planning",
                    "As an expert in the field of Temporary Protected Status, I do not specialize in the study of sex "
                            + "trafficking in specific regions, such as Minnesota."));
        }
    }

    @Nested
    class PeopleAndQuotations {
        @Test
        void aPoliceChiefQuotedAfterTheQuotationIsAGovernmentSource() {
            assertEquals(List.of(new Flagged(
                            "“Every one of these cases began with a hotel employee who noticed something,” said Police Chief Dana Ruelle.",
                            "Dana Ruelle (Police Chief)", "government", 0.75,
                            "Every one of these cases began with a hotel employee who noticed something")),
                    flag("“Every one of these cases began with a hotel employee who noticed something,” said Police Chief "
                            + "Dana Ruelle."));
        }

        @Test
        void aSurnameAloneIsThePersonTheDocumentIntroduced() {
            List<Flagged> flags = flag(
                    "County Attorney Priya Lindgren said the increase reflects better reporting rather than a sudden rise in "
                            + "exploitation.",
                    "“When people know what to look for, they call us,” Lindgren said.");
            assertEquals(List.of("Priya Lindgren (County Attorney)", "Priya Lindgren (County Attorney)"),
                    flags.stream().map(Flagged::source).toList());
            assertEquals("the increase reflects better reporting rather than a sudden rise in exploitation", flags.get(0).claim());
            assertEquals("When people know what to look for, they call us", flags.get(1).claim());
        }

        @Test
        void aSurnameWithoutQuotationOrIntroductionIsNotASource() {
            assertEquals(List.of(), flag("Victims said nothing. Anderson said the meeting would go ahead."));
        }

        @Test
        void aSpokespersonSpeaksForTheirDepartment() {
            assertEquals(List.of(new Flagged(
                            "“We follow every tip,” said a spokesperson for the Milwaukee Police Department.",
                            "Milwaukee Police Department (spokesperson)", "government", 0.75, "We follow every tip")),
                    flag("“We follow every tip,” said a spokesperson for the Milwaukee Police Department."));
        }

        @Test
        void aNonprofitDirectorInAppositionSpeaksForAnOrganization() {
            assertEquals(List.of(new Flagged(
                            "“Most of the women we see were first sold as teenagers,” says Ana Ruiz, executive director of "
                                    + "Breaking Free.",
                            "Ana Ruiz (executive director of Breaking Free)", "organization", 0.7,
                            "Most of the women we see were first sold as teenagers")),
                    flag("“Most of the women we see were first sold as teenagers,” says Ana Ruiz, executive director of "
                            + "Breaking Free."));
        }

        @Test
        void theMayorWithoutANameIsStillAGovernmentSource() {
            assertEquals(List.of("mayor"), sources("“Arrests are down by half,” said the mayor."));
        }

        @Test
        void scareQuotesWithoutAVerbOfSpeechAreNotQuotations() {
            assertEquals(List.of(), flag("Stings increasingly target buyers, reflecting a “Nordic model” approach."));
        }
    }

    @Nested
    class OtherStyles {
        @Test
        void studiesShowAndExpertsSay() {
            assertEquals(List.of(new Flagged("Studies show that most survivors first ran away before age 16.",
                            "studies (unnamed)", "unnamed", 0.85, "most survivors first ran away before age 16")),
                    flag("Studies show that most survivors first ran away before age 16."));
            assertEquals(List.of(new Flagged("Demand spikes during large sporting events, experts say",
                            "experts (unnamed)", "unnamed", 0.85, "Demand spikes during large sporting events")),
                    flag("Demand spikes during large sporting events, experts say."));
        }

        @Test
        void aStudyByAUniversityIsResearchNamedByTheUniversity() {
            assertEquals(List.of("University of Texas at Austin (2016 study)"), sources(
                    "A 2016 study by researchers at the University of Texas at Austin estimated that more than 300,000 "
                            + "people were victims of human trafficking in Texas."));
        }

        @Test
        void dataFromAnAgencyIsCreditedToTheAgency() {
            assertEquals(List.of(new Flagged("Data from the FBI shows a 12% rise in trafficking arrests since 2019.",
                            "FBI (data)", "government", 0.75, "a 12% rise in trafficking arrests since 2019")),
                    flag("Data from the FBI shows a 12% rise in trafficking arrests since 2019."));
        }

        @Test
        void aSourceLineCreditsTheSentenceBeforeIt() {
            List<Flagged> flags = flag("Reports of trafficking to the state hotline rose 40% between 2020 and 2023.",
                    "Source: Wisconsin Department of Justice, 2023.");
            assertEquals(List.of(new Flagged("Source: Wisconsin Department of Justice, 2023.",
                    "Wisconsin Department of Justice (2023)", "government", 0.75,
                    "Reports of trafficking to the state hotline rose 40% between 2020 and 2023")), flags);
        }

        @Test
        void aCitationInBracketsWithAYear() {
            assertEquals(List.of("Polaris Project (2021)"),
                    sources("Nearly 1 in 4 survivors were recruited online (Polaris Project, 2021)."));
        }

        @Test
        void aDefiniteReferenceIsResolvedToTheOrganizationNamedBefore() {
            assertEquals(List.of("Granite City Anti-Trafficking Partnership"), sources(
                    "Advocates from the Granite City Anti-Trafficking Partnership met with each victim within hours.",
                    "According to the partnership, survivors typically need support for 18 to 24 months."));
        }

        @Test
        void theSameReviewIsTheReviewCitedBefore() {
            assertEquals(List.of("coalition review", "coalition review"), sources(
                    "A coalition review of 40 client files found that survivors had been arrested an average of 3 times.",
                    "The same review found that 3 in 5 had no safe place to stay."));
        }

        @Test
        void aCountyThatRecordedCasesIsAGovernmentSource() {
            assertEquals(List.of(new Flagged("Stearns County recorded 19 trafficking cases in 2023, up 27 percent from the year before.",
                            "Stearns County", "government", 0.75,
                            "Stearns County recorded 19 trafficking cases in 2023, up 27 percent from the year before")),
                    flag("Stearns County recorded 19 trafficking cases in 2023, up 27 percent from the year before."));
        }

        @Test
        void aNonprofitNamedAfterACityIsNotGovernment() {
            assertEquals(List.of(new Flagged("Granite City Anti-Trafficking Partnership reported serving 214 people in 2023.",
                            "Granite City Anti-Trafficking Partnership", "organization", 0.7, "serving 214 people in 2023")),
                    flag("Granite City Anti-Trafficking Partnership reported serving 214 people in 2023."));
        }

        @Test
        void aNewspaperIsAMediaSource() {
            assertEquals(List.of(new Flagged("According to the Star Tribune, 40 massage businesses were closed in 2019.",
                            "Star Tribune", "media", 0.7, "40 massage businesses were closed in 2019")),
                    flag("According to the Star Tribune, 40 massage businesses were closed in 2019."));
        }

        @Test
        void perAndBasedOnNameASourceButNotARate() {
            assertEquals(List.of("FBI"), sources("Prices range from $50 to $200, per the FBI."));
            assertEquals(List.of("hotline data"), sources("Based on hotline data, Texas ranks second in reported cases."));
            assertEquals(List.of(), flag("Fees are $10 per visit.", "Placement is based on your answers at intake."));
        }

        @Test
        void anAgentlessPassiveIsAnUnnamedSource() {
            assertEquals(List.of(new Flagged("It is estimated that 1 in 5 runaways is approached within 48 hours.",
                            "estimate (unnamed)", "unnamed", 0.85, "1 in 5 runaways is approached within 48 hours")),
                    flag("It is estimated that 1 in 5 runaways is approached within 48 hours."));
        }

        @Test
        void aRoleBetweenCommasBeforeSaid() {
            assertEquals(List.of("Helen Park (Dr.)"),
                    sources("Dr. Helen Park, a pediatrician at Children’s Minnesota, said most patients are 14 to 17."));
            assertEquals(List.of("Maria Lopez (a case manager at the Safe Place shelter)"),
                    sources("Maria Lopez, a case manager at the Safe Place shelter, said beds fill by noon."));
            assertEquals(List.of(), flag("In Minnesota, for example, buyers said nothing."));
        }

        @Test
        void aRankAbbreviationDoesNotEndTheSentence() {
            assertEquals(List.of("Sam Ortiz (Lt.)"),
                    sources("The task force, according to Lt. Sam Ortiz, has rescued 9 minors this year."));
            assertEquals(List.of("Lee (Sgt.)"), sources("According to Sgt. Lee, most tips come from hotel staff."));
        }

        @Test
        void aPersonOfAnOfficeAndASpokespersonForOne() {
            assertEquals(List.of("Jane Cho (Duluth Human Rights Office)"),
                    sources("“There is no typical victim,” said Jane Cho of the Duluth Human Rights Office."));
            assertEquals(List.of("Hennepin County Sheriff’s Office (spokesperson)"),
                    sources("A spokesperson for the Hennepin County Sheriff’s Office said the investigation is ongoing."));
            assertEquals(List.of("spokesperson (unnamed)"),
                    sources("According to a spokesperson, the shelter will reopen in May."));
        }

        @Test
        void anOfficeWithATitleInItsNameIsABodyNotAPerson() {
            assertEquals(List.of("Iowa Attorney General’s Office"),
                    sources("The Iowa Attorney General’s Office reported 64 trafficking investigations last year."));
            assertEquals(List.of(new Flagged("In a statement, the mayor’s office said two motels would lose their licenses.",
                            "mayor’s office", "government", 0.75, "two motels would lose their licenses")),
                    flag("In a statement, the mayor’s office said two motels would lose their licenses."));
        }

        @Test
        void anAnalysisOfRecordsIsTheAnalysis() {
            assertEquals(List.of("recent analysis (unnamed)"),
                    sources("A recent analysis of court records shows that sentences for buyers are rarely longer than 30 days."));
            assertEquals(List.of("state’s trafficking report (2022)"),
                    sources("These numbers come from the state’s 2022 trafficking report."));
        }

        @Test
        void whoMadeADocumentAndPoliceNamedByTheirTown() {
            assertEquals(List.of("Urban Institute (2021 study)"), sources(
                    "A 2021 study published by the Urban Institute estimated that fewer than 10% of cases are reported."));
            assertEquals(List.of(new Flagged("Boise police said the two men had been operating for three years.",
                            "Boise (police)", "government", 0.75, "the two men had been operating for three years")),
                    flag("Boise police said the two men had been operating for three years."));
            assertEquals(List.of("court documents"),
                    sources("According to court documents, the defendant advertised on three websites."));
            assertEquals(List.of("Spokane Regional Health District"),
                    sources("The Spokane Regional Health District reported a 30% increase in HIV testing."));
        }

        @Test
        void aRelativeClauseIsNotARoleAndACitedYearNeedsNoFigure() {
            assertEquals(List.of("Carla Mendes"),
                    sources("“Nobody grows up wanting this life,” said Carla Mendes, who runs the drop-in center."));
            assertEquals(List.of("Casey Family Programs (2020)"),
                    sources("Half of the young people had been in foster care (Casey Family Programs, 2020)."));
            assertEquals(List.of(), flag("Intake hours vary according to staff availability."));
        }

        @Test
        void outreachWorkersAndStaffAreUnnamedGroups() {
            assertEquals(List.of("outreach workers (unnamed)"),
                    sources("Outreach workers report that a young person who runs away may be approached within 48 hours."));
        }
    }

    @Nested
    class NotAttributions {
        @Test
        void accordingToSomethingThatIsNotASource() {
            assertEquals(List.of(), flag(
                    "Services are tailored according to your needs.",
                    "Shelter beds are assigned according to age and the plan agreed at intake.",
                    "According to Minnesota law, a minor cannot consent.",
                    "As shown below, the process has four steps."));
        }

        @Test
        void whatTheLawSaysIsLeftToTheCitationDetector() {
            assertEquals(List.of(), flag("The law says buyers face up to 90 days in jail.",
                    "The statute states that no minor may be charged."));
        }

        @Test
        void sourceWordsUsedAsOrdinaryNounsAndQuestions() {
            assertEquals(List.of(), flag(
                    "None of these programs ask about immigration status, and none require a police report.",
                    "Here is what the research, the law and local advocates say, and what you can do about it.",
                    "Report suspicious activity to the tip line.",
                    "Connecticut’s state data portal lists every shelter."));
        }
    }

    @Nested
    class Contract {
        private final AttributionDetector detector = new AttributionDetector();

        @Test
        void findingsAreAttributionsInsideTheTextInOrder() {
            AnalyzedDocument doc = TestDocuments.of(
                    "Arrest data shows 70% of charges were against clients.",
                    "Experts say demand is falling, while according to the CT Department of Children and Families referrals rose.");
            List<Finding> findings = detector.detect(doc);
            assertEquals(3, findings.size());
            int previous = -1;
            for (Finding f : findings) {
                assertEquals(FlagTypes.ATTRIBUTION, f.type());
                assertTrue(f.start() >= previous && f.end() <= doc.text().length() && f.end() > f.start());
                assertEquals(f.normalized(), f.attributes().get("source"));
                previous = f.start();
            }
        }

        @Test
        void theSameDocumentGivesTheSameFindings() {
            AnalyzedDocument doc = TestDocuments.of("Studies show one thing.", "Police data shows 5% fewer arrests.");
            assertEquals(detector.detect(doc), detector.detect(doc));
        }

        @Test
        void emptyTextAndDocumentsWithoutSentencesOrBlocks() {
            assertEquals(List.of(), detector.detect(new AnalyzedDocument("e.txt", "", List.of(), List.of(), LocalDate.of(2026, 1, 1))));
            String text = "Police data shows 62% of robberies occur downtown.";
            List<Finding> noSentences = detector.detect(new AnalyzedDocument("b.txt", text,
                    List.of(Block.of(0, text.length(), BlockKind.PARAGRAPH)), List.of(), LocalDate.of(2026, 1, 1)));
            List<Finding> noBlocks = detector.detect(new AnalyzedDocument("n.txt", text, List.of(), List.of(), LocalDate.of(2026, 1, 1)));
            assertEquals(List.of("police data"), noSentences.stream().map(Finding::normalized).toList());
            assertEquals(noSentences, noBlocks);
        }

        @Test
        void sentenceSpansOutsideTheTextAreIgnored() {
            String text = "Studies show that.";
            AnalyzedDocument doc = new AnalyzedDocument("o.txt", text, List.of(Block.of(0, text.length(), BlockKind.PARAGRAPH)),
                    List.of(new Span(0, text.length()), new Span(5, 400)), LocalDate.of(2026, 1, 1));
            assertEquals(1, detector.detect(doc).size());
        }

        @Test
        void binaryLookingAndHugeTextIsFastAndHarmless() {
            Random random = new Random(7);
            StringBuilder noise = new StringBuilder();
            for (int i = 0; i < 2_000_000; i++) {
                noise.append((char) random.nextInt(0x3000));
            }
            StringBuilder prose = new StringBuilder();
            while (prose.length() < 5_000_000) {
                prose.append("According to the CT Department of Children and Families (U.S. Census) Police data shows ((( ");
            }
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                detector.detect(TestDocuments.paragraph(noise.toString()));
                List<Finding> findings = detector.detect(new AnalyzedDocument("p.txt", prose.toString(),
                        List.of(Block.of(0, prose.length(), BlockKind.PARAGRAPH)), List.of(new Span(0, prose.length())),
                        LocalDate.of(2026, 1, 1)));
                assertEquals(List.of(), findings, "a 5 MB sentence is not prose and is skipped");
            });
        }

        @Test
        void manyShortSentencesAreLinear() {
            StringBuilder text = new StringBuilder();
            while (text.length() < 3_000_000) {
                text.append("Police data shows 62% of robberies occur downtown, while experts say (U.S. Census) otherwise. ");
            }
            AnalyzedDocument doc = TestDocuments.paragraph(text.toString());
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertTrue(detector.detect(doc).size() > 30_000));
        }
    }
}
