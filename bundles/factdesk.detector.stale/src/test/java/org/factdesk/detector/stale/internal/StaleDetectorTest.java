package org.factdesk.detector.stale.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.Span;
import org.factdesk.parser.text.testing.ParsedDocuments;
import org.junit.jupiter.api.Test;

class StaleDetectorTest {
    private final StaleDetector detector = new StaleDetector();

    /** Each finding as "flagged text | normalized | kind | priority". */
    private List<String> found(AnalyzedDocument doc) {
        return detector.detect(doc).stream().map(f -> doc.text().substring(f.start(), f.end()) + " | " + f.normalized()
                + " | " + f.attributes().get("kind") + " | " + f.priority()).toList();
    }

    private List<String> found(String raw) {
        return found(ParsedDocuments.of(raw));
    }

    @Test
    void seedCityPressReleaseFrom2013() {
        AnalyzedDocument doc = ParsedDocuments.seed("003_89172be8a9d527d6.txt");
        String relative = " | relative to publication date 2013-01-16 | relative | 0.3";
        assertEquals(List.of(
                "today" + relative,
                "last year" + relative,
                "Since February 2011 | 2011-02 (15.7 years old) | dated-claim | 0.4",
                "On Monday" + relative,
                "Last week" + relative,
                "last year" + relative,
                "in 2013 | 2013 (12.9 years old) | future-plan | 0.7",
                "Last year" + relative,
                "in 2013 | 2013 (12.9 years old) | future-plan | 0.7",
                "Next week" + relative,
                "Last year" + relative,
                "Published Jan 16, 2013 | 2013-01-16 (13.9 years old) | published | 0.6"), found(doc));
        List<Finding> findings = detector.detect(doc);
        assertTrue(findings.stream().allMatch(f -> f.type().equals(FlagTypes.STALE)));
        assertEquals(Map.of("kind", "published", "date", "2013-01-16", "age_days", "5059"), findings.getLast().attributes());
        assertEquals(Map.of("kind", "future-plan", "date", "2013", "age_days", "4710"), findings.get(6).attributes());
        assertEquals(Map.of("kind", "relative", "date", "2013-01-16", "age_days", "5059"), findings.getFirst().attributes());
        // the sentences the plans were found in
        assertEquals("The Minneapolis Police Department will be adding new resources in 2013 to continue fighting sex trafficking.",
                doc.slice(doc.sentenceAt(findings.get(6).start())));
        assertTrue(doc.slice(doc.sentenceAt(findings.get(8).start())).contains("in 2013 the department plans to add"));
    }

    @Test
    void seedGuideWithAPresentTenseClaimAboutLastYearsData() {
        assertEquals(List.of(
                "Recent state reforms | relative (undated document) | relative | 0.3",
                "2023 | 2023 (2.9 years old) | dated-claim | 0.4"), found(ParsedDocuments.seed("000_76fc4e1531144b50.txt")));
        assertEquals(List.of("recent statistics | relative (undated document) | relative | 0.3"),
                found(ParsedDocuments.seed("002_0e5a6c75ee419f49.txt")));
        assertEquals(List.of(), found(ParsedDocuments.seed("001_927abdd348d19e06.txt")));
    }

    @Test
    void historyIsNotStale() {
        assertEquals(List.of(), found(ParsedDocuments.seed("004_9a1e396f60b61b24.txt")));
        assertEquals(List.of(), found("""
                Minnesota first passed its sex trafficking law in 2005. The law was amended in 2009 to increase \
                penalties against traffickers.

                In 2014, Minnesota’s Safe Harbor law went into effect.

                A 2022 Minnesota Department of Health report found 68% of sex workers experienced physical assault.

                Wisconsin opened its first youth shelter in March 2016, and Iowa followed in 2018.

                Under the 2011 Safe Harbor law, youth who engage in prostitution are victims, not criminals.
                """));
    }

    @Test
    void pdfFactSheetUpdatedIn2019() {
        String sheet = """
                HUMAN TRAFFICKING IN WISCONSIN
                FACT SHEET
                Updated 2019

                The state will open two new shelters for survivors by 2020.
                As of 2018, there are 14 beds for youth survivors in Milwaukee County.
                In 2016, the legislature passed Act 367.
                This year, the task force trained 2,000 officers.
                """;
        AnalyzedDocument doc = ParsedDocuments.of(sheet);
        assertEquals(List.of(
                "Updated 2019 | 2019 (6.9 years old) | updated | 0.6",
                "by 2020 | 2020 (5.9 years old) | future-plan | 0.7",
                "As of 2018 | 2018 (7.9 years old) | dated-claim | 0.4",
                "This year | relative to update date 2019 | relative | 0.3"), found(doc));
        assertEquals(Map.of("kind", "updated", "date", "2019", "age_days", "2519"), detector.detect(doc).getFirst().attributes());
    }

    @Test
    void blogAndNewsDateLines() {
        assertEquals(List.of("Posted on March 3, 2019 | 2019-03-03 (7.7 years old) | published | 0.6"),
                found("Posted on March 3, 2019 by admin"));
        assertEquals(List.of("Updated: March 3, 2019 | 2019-03-03 (7.7 years old) | updated | 0.6"),
                found("Updated: March 3, 2019"));
        assertEquals(List.of("Updated Sept. 5, 2024 | 2024-09-05 (2.2 years old) | updated | 0.6"),
                found("By Jane Doe | Updated Sept. 5, 2024"));
        assertEquals(List.of("last updated on 11/01/2026 | 2026-11-01 (0.1 years old) | updated | 0.1"),
                found("This page was last updated on 11/01/2026."));
        assertEquals(List.of("Last reviewed 2021 | 2021 (4.9 years old) | updated | 0.6"), found("Last reviewed 2021"));
        assertEquals(List.of("Published 2025-03-01 | 2025-03-01 (1.7 years old) | published | 0.3"),
                found("Published 2025-03-01"));
        assertEquals(List.of("Published Oct 2, 2026 | 2026-10-02 (0.1 years old) | published | 0.1"),
                found("Published Oct 2, 2026"));
        // a label in the middle of prose is not the page's date
        assertEquals(List.of(), found("The Ramsey County report published 2019 figures on arrests."));
    }

    @Test
    void plansAndClaimsForPeriodsNotOverAreNotStale() {
        assertEquals(List.of(), found("The county will open a second shelter in 2027."));
        assertEquals(List.of(), found("As of 2026, there are 12 beds in Duluth."));
        assertEquals(List.of("As of October 2026 | 2026-10 (0.1 years old) | dated-claim | 0.1"),
                found("As of October 2026, there are 12 beds in Duluth."));
    }

    @Test
    void futureCuesInOtherWordings() {
        assertEquals(List.of("by 2015 | 2015 (10.9 years old) | future-plan | 0.7"),
                found("Ohio aims to end youth homelessness by 2015."));
        assertEquals(List.of("In 2022 | 2022 (3.9 years old) | future-plan | 0.7"),
                found("In 2022, the Fargo task force is set to double its outreach staff."));
        assertEquals(List.of("in June 2012 | 2012-06 (14.4 years old) | future-plan | 0.7"),
                found("The upcoming hotel training in June 2012 is open to all Bloomington staff."));
        // "will" as a noun is not the future: the clause speaks of the present
        assertEquals(List.of("in 2015 | 2015 (10.9 years old) | dated-claim | 0.4"),
                found("Girls held against their will in 2015 are now adults."));
        // the future belongs to the other clause
        assertEquals(List.of("next session | relative (undated document) | relative | 0.3"),
                found("The law was passed in 2005 and will be reviewed next session."));
    }

    @Test
    void presentTenseClaimsTiedToPastDates() {
        assertEquals(List.of("2020 | 2020 (5.9 years old) | dated-claim | 0.4"),
                found("The 2020 Census shows 9% of Duluth residents live in poverty."));
        assertEquals(List.of("Since 2019 | 2019 (6.9 years old) | dated-claim | 0.4"),
                found("Since 2019, the Cass County program has served 300 youth."));
    }

    @Test
    void numbersThatAreNotYears() {
        assertEquals(List.of(), found("""
                Fines are up to $2000 per offense.

                There are over 2000 victims in the region each year.

                Call 612-673-2000 for the front desk, which is open daily.

                The office is in Room 2014 and serves walk-ins.

                Funding is 2019% higher, a typo the county has not fixed.

                The 2019-2020 report is online and includes county data.

                Penalties are listed in Minn. Stat. 609.2013 and remain in force.
                """));
    }

    @Test
    void relativePhrases() {
        assertEquals(List.of(
                "In recent years | relative (undated document) | relative | 0.3",
                "Earlier this year | relative (undated document) | relative | 0.3",
                "yesterday | relative (undated document) | relative | 0.3",
                "recently | relative (undated document) | relative | 0.3"), found("""
                In recent years, Sioux Falls has seen more online recruitment.

                Earlier this year the shelter expanded, and yesterday it hired two advocates.

                The hotline was recently moved to a new provider.
                """));
        assertEquals(List.of(), found("Recent immigrants and refugees face language barriers. Victims last for years in the system."));
        Finding undated = detector.detect(ParsedDocuments.of("Next week the Duluth office reopens.")).getFirst();
        assertEquals(Map.of("kind", "relative"), undated.attributes());
    }

    @Test
    void asOfIsTheRunDateNotToday() {
        AnalyzedDocument doc = ParsedDocuments.of("Published Jan 16, 2013");
        AnalyzedDocument earlier = new AnalyzedDocument(doc.path(), doc.text(), doc.blocks(), doc.sentences(),
                LocalDate.of(2013, 6, 1));
        assertEquals(List.of("Published Jan 16, 2013 | 2013-01-16 (0.4 years old) | published | 0.1"), found(earlier));
        assertEquals(List.of("Published Jan 16, 2013 | 2013-01-16 (13.9 years old) | published | 0.6"), found(doc));
    }

    @Test
    void emptyUnstructuredAndHugeDocuments() {
        assertEquals(List.of(), detector.detect(new AnalyzedDocument("e.txt", "", List.of(), List.of(), ParsedDocuments.AS_OF)));
        // no blocks or sentences known: the line stands in for the sentence
        String bare = "x\nPublished Jan 16, 2013\nThe unit will grow in 2014.";
        List<Finding> f = detector.detect(new AnalyzedDocument("b.txt", bare, List.of(), List.of(), ParsedDocuments.AS_OF));
        assertEquals(List.of("2013-01-16 (13.9 years old)", "2014 (11.9 years old)"), f.stream().map(Finding::normalized).toList());

        Random random = new Random(7);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            noise.append((char) random.nextInt(0x3000));
        }
        String text = noise.toString();
        AnalyzedDocument binary = new AnalyzedDocument("bin", text, List.of(Block.of(0, text.length(), BlockKind.OTHER)),
                List.of(new Span(0, text.length())), ParsedDocuments.AS_OF);
        assertTrue(detector.detect(binary).stream().allMatch(x -> x.end() <= text.length() && x.end() > x.start()));

        String line = "Last year the plan will add staff in 2013 and data shows the 2019 rates. ".repeat(10_000);
        AnalyzedDocument oneLine = new AnalyzedDocument("l", line, List.of(Block.of(0, line.length(), BlockKind.PARAGRAPH)),
                List.of(new Span(0, line.length())), ParsedDocuments.AS_OF);
        List<Finding> many = assertTimeout(Duration.ofSeconds(30), () -> detector.detect(oneLine));
        assertEquals(30_000, many.size());
    }
}
