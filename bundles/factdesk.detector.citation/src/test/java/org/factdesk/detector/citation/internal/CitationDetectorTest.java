package org.factdesk.detector.citation.internal;

import static org.factdesk.detector.citation.internal.Texts.citations;
import static org.factdesk.detector.citation.internal.Texts.document;
import static org.factdesk.detector.citation.internal.Texts.findings;
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

class CitationDetectorTest {
    // --- seed corpus ---

    @Test
    void bareStatuteRangeOnAMinnesotaPageIsAMinnesotaRange() {
        String text = "No—prostitution is illegal throughout Minnesota under state statutes 609.321-324.";
        List<Finding> f = findings(text);
        assertEquals(1, f.size());
        assertEquals(FlagTypes.CITATION, f.get(0).type());
        assertEquals("state statutes 609.321-324", text.substring(f.get(0).start(), f.get(0).end()));
        assertEquals("Minn. Stat. §§ 609.321–609.324", f.get(0).normalized());
        assertEquals(Map.of("jurisdiction", "MN", "section", "609.321", "section_high", "609.324",
                "url", "https://www.revisor.mn.gov/statutes/cite/609.321"), f.get(0).attributes());
        assertEquals(0.8, f.get(0).priority());
    }

    @Test
    void theStateOfABareCitationMayComeFromElsewhereInTheDocument() {
        String text = "Understanding Prostitution in Willmar, Minnesota\nIt is illegal under state statute 609.324.";
        assertEquals(List.of("state statute 609.324 → Minn. Stat. § 609.324"), citations(text));
    }

    @Test
    void connecticutGeneralStatutesLinkToTheirChapterPage() {
        String text = "Under Connecticut General Statutes §53a-82, engaging in or soliciting prostitution is a Class A "
                + "misdemeanor punishable by up to 1 year in jail and fines up to $2,000.";
        List<Finding> f = findings(text);
        assertEquals(List.of("Connecticut General Statutes §53a-82 → Conn. Gen. Stat. § 53a-82"), citations(text));
        assertEquals(Map.of("jurisdiction", "CT", "section", "53a-82",
                "url", "https://www.cga.ct.gov/current/pub/chap_952.htm#sec_53a-82"), f.get(0).attributes());
    }

    @Test
    void minnesotaSubdivisionAcrossALineBreak() {
        String text = "knowing or having reason to know it is derived from sex trafficking.” Minn. Stat. 609.321,\n"
                + "subd. 7a.";
        List<Finding> f = findings(text);
        assertEquals(List.of("Minn. Stat. 609.321,\nsubd. 7a → Minn. Stat. § 609.321, subd. 7a"), citations(text));
        assertEquals(Map.of("jurisdiction", "MN", "section", "609.321", "subdivision", "7a",
                "url", "https://www.revisor.mn.gov/statutes/cite/609.321"), f.get(0).attributes());
    }

    @Test
    void seedPagesWithoutCitationsHaveNone() {
        assertEquals(List.of(), citations("Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline "
                + "(888-373-7888). Arrest data shows 70% of 2023 prostitution charges were against clients."));
        assertEquals(List.of(), citations("1. What is the extent of the sex trafficking problem in Minnesota?"));
        assertEquals(List.of(), citations("Published Jan 16, 2013. For reasonable accommodations, contact 311 or "
                + "612-673-3000. Minneapolis 14 Government TV"));
        assertEquals(List.of(), citations("Repeat offenses escalate to gross misdemeanors (1 year jail, $3,000 fines)."));
    }

    // --- Minnesota and Wisconsin, written other ways ---

    @Test
    void minnesotaForms() {
        assertEquals(List.of("Minn. Stat. § 609.322 → Minn. Stat. § 609.322",
                        "Minnesota Statutes section 260C.007 → Minn. Stat. § 260C.007",
                        "Minn. Stat. ch. 609 → Minn. Stat. ch. 609",
                        "section 609.324 of the Minnesota Statutes → Minn. Stat. § 609.324",
                        "Minn. Stat. §§ 609.321 to 609.324 → Minn. Stat. §§ 609.321–609.324"),
                citations("Minn. Stat. § 609.322; Minnesota Statutes section 260C.007; Minn. Stat. ch. 609; "
                        + "section 609.324 of the Minnesota Statutes; Minn. Stat. §§ 609.321 to 609.324."));
    }

    @Test
    void wisconsinForms() {
        String text = "In Wisconsin, prostitution is a Class A misdemeanor under Wis. Stat. § 944.30; trafficking of a "
                + "child is s. 948.051 (1), Wis. Stats.; see Wisconsin Statutes chapter 948 and statute 940.302.";
        assertEquals(List.of("Wis. Stat. § 944.30 → Wis. Stat. § 944.30",
                        "s. 948.051 (1), Wis. Stats. → Wis. Stat. § 948.051(1)",
                        "Wisconsin Statutes chapter 948 → Wis. Stat. ch. 948",
                        "statute 940.302 → Wis. Stat. § 940.302"),
                citations(text));
        assertEquals("https://docs.legis.wisconsin.gov/document/statutes/948.051",
                findings(text).get(1).attributes().get("url"));
    }

    // --- Connecticut, New York, Texas, California ---

    @Test
    void connecticutForms() {
        String text = "Connecticut: C.G.S. § 53a-83(a); Conn. Gen. Stat. § 53a-192a; sections 53a-82 to 53a-89 of the "
                + "General Statutes; Conn. Gen. Stat. § 46b-120. A bare § 53a-86 on this page is Connecticut's too.";
        assertEquals(List.of("C.G.S. § 53a-83(a) → Conn. Gen. Stat. § 53a-83(a)",
                        "Conn. Gen. Stat. § 53a-192a → Conn. Gen. Stat. § 53a-192a",
                        "sections 53a-82 to 53a-89 of the General Statutes → Conn. Gen. Stat. §§ 53a-82–53a-89",
                        "Conn. Gen. Stat. § 46b-120 → Conn. Gen. Stat. § 46b-120",
                        "§ 53a-86 → Conn. Gen. Stat. § 53a-86"),
                citations(text));
        List<Finding> f = findings(text);
        assertEquals("https://www.cga.ct.gov/current/pub/titles.htm", f.get(3).attributes().get("url"));
        assertEquals("(a)", f.get(0).attributes().get("subdivision"));
    }

    @Test
    void newYorkPenalLaw() {
        String text = "Prostitution is Penal Law 230.00; sex trafficking of a child is N.Y. Penal Law § 230.34-a; see "
                + "Penal Law article 230 and section 230.06 of the Penal Law.";
        assertEquals(List.of("Penal Law 230.00 → N.Y. Penal Law § 230.00",
                        "N.Y. Penal Law § 230.34-a → N.Y. Penal Law § 230.34-a",
                        "Penal Law article 230 → N.Y. Penal Law art. 230",
                        "section 230.06 of the Penal Law → N.Y. Penal Law § 230.06"),
                citations(text));
        List<Finding> f = findings(text);
        assertEquals("https://www.nysenate.gov/legislation/laws/PEN/230.00", f.get(0).attributes().get("url"));
        assertEquals("https://www.nysenate.gov/legislation/laws/PEN/A230", f.get(2).attributes().get("url"));
        assertEquals("NY", f.get(1).attributes().get("jurisdiction"));
    }

    @Test
    void texasFactSheet() {
        String sheet = """
                TEXAS HUMAN TRAFFICKING FACT SHEET
                • Prostitution is a Class B misdemeanor under Tex. Penal Code § 43.02.
                • Trafficking of persons: Texas Penal Code Section 20A.02; compelling prostitution: Section 43.05 of the Texas Penal Code.
                • Online solicitation of a minor: Penal Code § 33.021.
                • Call 1-888-373-7888 or text 233733; 25% of cases involve minors.
                """;
        assertEquals(List.of("Tex. Penal Code § 43.02 → Tex. Penal Code § 43.02",
                        "Texas Penal Code Section 20A.02 → Tex. Penal Code § 20A.02",
                        "Section 43.05 of the Texas Penal Code → Tex. Penal Code § 43.05",
                        "Penal Code § 33.021 → Tex. Penal Code § 33.021"),
                citations(sheet));
        assertEquals("https://statutes.capitol.texas.gov/Docs/PE/htm/PE.20A.htm#20A.02",
                findings(sheet).get(1).attributes().get("url"));
    }

    @Test
    void californiaPenalCode() {
        String text = "Cal. Penal Code § 647(b) covers solicitation; California Penal Code section 236.1 covers trafficking.";
        assertEquals(List.of("Cal. Penal Code § 647(b) → Cal. Penal Code § 647(b)",
                        "California Penal Code section 236.1 → Cal. Penal Code § 236.1"),
                citations(text));
        List<Finding> f = findings(text);
        assertEquals(Map.of("jurisdiction", "CA", "section", "647", "subdivision", "(b)",
                "url", "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=647"),
                f.get(0).attributes());
    }

    // --- federal law ---

    @Test
    void unitedStatesCodeInEveryStyleHasOneCanonicalForm() {
        String text = "18 U.S.C. § 1591, 18 USC 1591, 18 U.S. Code § 1591, Title 18, Section 1591, and Section 1591 of "
                + "Title 18 are one law.";
        assertEquals(List.of("18 U.S.C. § 1591", "18 U.S.C. § 1591", "18 U.S.C. § 1591", "18 U.S.C. § 1591",
                "18 U.S.C. § 1591"), findings(text).stream().map(Finding::normalized).toList());
        assertEquals(Map.of("jurisdiction", "US", "section", "1591", "title", "18",
                "url", "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title18-section1591"),
                findings(text).get(3).attributes());
    }

    @Test
    void unitedStatesCodeRangesAndSubsections() {
        assertEquals(List.of("18 U.S.C. §§ 1589-1594 → 18 U.S.C. §§ 1589–1594", "18 USC 1591(a)(1) → 18 U.S.C. § 1591(a)(1)"),
                citations("See 18 U.S.C. §§ 1589-1594 and 18 USC 1591(a)(1)."));
    }

    @Test
    void regulationsAndPublicLaws() {
        String text = "T visas: 8 CFR 214.11. Jails: 28 C.F.R. Part 115. The TVPA is Pub. L. 106-386; an older one is "
                + "Public Law 96-123.";
        assertEquals(List.of("8 CFR 214.11 → 8 C.F.R. § 214.11", "28 C.F.R. Part 115 → 28 C.F.R. pt. 115",
                        "Pub. L. 106-386 → Pub. L. 106-386", "Public Law 96-123 → Pub. L. 96-123"),
                citations(text));
        List<Finding> f = findings(text);
        assertEquals("https://www.ecfr.gov/current/title-8/section-214.11", f.get(0).attributes().get("url"));
        assertEquals("https://www.ecfr.gov/current/title-28/part-115", f.get(1).attributes().get("url"));
        assertEquals("https://www.govinfo.gov/app/details/PLAW-106publ386", f.get(2).attributes().get("url"));
        assertEquals(Map.of("jurisdiction", "US", "section", "96-123"), f.get(3).attributes());
    }

    // --- local codes ---

    @Test
    void cityOrdinancePage() {
        String page = """
                City of Rochester, Minnesota — Ordinance Information
                Chapter 9.04 of the Rochester Code of Ordinances prohibits loitering for the purpose of prostitution.
                Violations are misdemeanors (Minn. Stat. § 609.02, subd. 3).
                Section 9.04.010 Definitions.
                Adopted by Ordinance No. 4321 on March 3, 2019. Council Member Jane Doe (Ward 3): 507-328-2000.
                Under Willmar City Code § 9-123, loitering is also an offense.
                """;
        assertEquals(List.of("Chapter 9.04 of the Rochester Code of Ordinances → Rochester Code of Ordinances ch. 9.04",
                        "Minn. Stat. § 609.02, subd. 3 → Minn. Stat. § 609.02, subd. 3",
                        "Section 9.04.010 → Rochester Code of Ordinances § 9.04.010",
                        "Ordinance No. 4321 → Ordinance No. 4321",
                        "Willmar City Code § 9-123 → Willmar City Code § 9-123"),
                citations(page));
        List<Finding> f = findings(page);
        assertEquals(Map.of("jurisdiction", "local", "section", "9.04", "locality", "Rochester"), f.get(0).attributes());
        assertEquals("local", f.get(4).attributes().get("jurisdiction"));
    }

    // --- bare citations and their context ---

    @Test
    void bareCitationsTakeTheirStateFromTheSentenceFirst() {
        String text = "This page is about Minnesota and Minnesota law.\n"
                + "In Florida, by contrast, § 796.07 applies.\n"
                + "A statute 609.322 with no state in its sentence is Minnesota's.";
        List<Finding> f = findings(text);
        assertEquals(List.of("§ 796.07 → Fla. Stat. § 796.07", "statute 609.322 → Minn. Stat. § 609.322"),
                citations(text));
        assertEquals(Map.of("jurisdiction", "FL", "section", "796.07"), f.get(0).attributes());
    }

    @Test
    void bareSectionsOfAnotherShapeTakeTheCodeOfTheirState() {
        String text = "North Dakota law (N.D.C.C. § 12.1-29-03) applies. Under § 12.1-29-06, fines follow. "
                + "On this Dakota page § 999 means nothing.";
        assertEquals(List.of("N.D.C.C. § 12.1-29-03 → N.D. Cent. Code § 12.1-29-03",
                "§ 12.1-29-06 → N.D. Cent. Code § 12.1-29-06"), citations(text));
    }

    // --- the codes of the other states ---

    @Test
    void readsTheCodesOfOtherStatesInTheirOwnShortForms() {
        String page = "Oregon: ORS 167.017 and Or. Rev. Stat. §§ 167.007 to 167.017. "
                + "Ohio: R.C. 2907.25, Ohio Rev. Code § 2905.32(A)(1), and Section 2907.24 of the Ohio Revised Code. "
                + "Colorado: C.R.S. §§ 18-7-201 to -207 and Colo. Rev. Stat. § 18-3-504. "
                + "Michigan: MCL 750.448. Nebraska: Neb. Rev. Stat. § 28-801.01 and sections 28-830 to 28-831 of the "
                + "Nebraska Revised Statutes. South Dakota: SDCL 22-23-1. Iowa: Iowa Code chapter 710A. "
                + "Washington: RCW 9A.88.030. Louisiana: La. R.S. 14:82. New Jersey: N.J.S.A. 2C:34-1.";
        assertEquals(List.of(
                "ORS 167.017 → Or. Rev. Stat. § 167.017",
                "Or. Rev. Stat. §§ 167.007 to 167.017 → Or. Rev. Stat. §§ 167.007–167.017",
                "R.C. 2907.25 → Ohio Rev. Code § 2907.25",
                "Ohio Rev. Code § 2905.32(A)(1) → Ohio Rev. Code § 2905.32(A)(1)",
                "Section 2907.24 of the Ohio Revised Code → Ohio Rev. Code § 2907.24",
                "C.R.S. §§ 18-7-201 to -207 → Colo. Rev. Stat. §§ 18-7-201–18-7-207",
                "Colo. Rev. Stat. § 18-3-504 → Colo. Rev. Stat. § 18-3-504",
                "MCL 750.448 → Mich. Comp. Laws § 750.448",
                "Neb. Rev. Stat. § 28-801.01 → Neb. Rev. Stat. § 28-801.01",
                "sections 28-830 to 28-831 of the Nebraska Revised Statutes → Neb. Rev. Stat. §§ 28-830–28-831",
                "SDCL 22-23-1 → S.D. Codified Laws § 22-23-1",
                "Iowa Code chapter 710A → Iowa Code ch. 710A",
                "RCW 9A.88.030 → Wash. Rev. Code § 9A.88.030",
                "La. R.S. 14:82 → La. Stat. Ann. § 14:82",
                "N.J.S.A. 2C:34-1 → N.J. Stat. Ann. § 2C:34-1"), citations(page));
        List<Finding> f = findings(page);
        assertEquals("OH", f.get(2).attributes().get("jurisdiction"));
        assertEquals("https://codes.ohio.gov/ohio-revised-code/section-2907.25", f.get(2).attributes().get("url"));
        assertEquals("https://www.oregonlegislature.gov/bills_laws/ors/ors167.html", f.get(0).attributes().get("url"));
        assertEquals("https://www.legislature.mi.gov/Laws/MCL?objectName=mcl-750-448", f.get(7).attributes().get("url"));
    }

    @Test
    void readsCodesCitedByTitleChapterOrAct() {
        String page = "Illinois: 720 ILCS 5/11-14, Section 11-14.3 of the Criminal Code of 2012. Pennsylvania: 18 Pa.C.S. § 5902. Oklahoma: 21 O.S. § 1029 and "
                + "Okla. Stat. tit. 21, § 1030. Vermont: 13 V.S.A. § 2632. Massachusetts: M.G.L. c. 272, § 53A. "
                + "Maryland: Criminal Law Article, § 11-303.";
        assertEquals(List.of(
                "720 ILCS 5/11-14 → 720 Ill. Comp. Stat. 5/11-14",
                "Section 11-14.3 of the Criminal Code of 2012 → 720 Ill. Comp. Stat. 5/11-14.3",
                "18 Pa.C.S. § 5902 → 18 Pa. Cons. Stat. § 5902",
                "21 O.S. § 1029 → Okla. Stat. tit. 21, § 1029",
                "Okla. Stat. tit. 21, § 1030 → Okla. Stat. tit. 21, § 1030",
                "13 V.S.A. § 2632 → Vt. Stat. Ann. tit. 13, § 2632",
                "M.G.L. c. 272, § 53A → Mass. Gen. Laws ch. 272, § 53A",
                "Criminal Law Article, § 11-303 → Md. Code Ann., Crim. Law § 11-303"), citations(page));
    }

    @Test
    void readsWestVirginiaWithAndWithoutASpace() {
        String text = "W.Va. Code § 61-8-5 and W. Va. Code § 61-8-6 apply.";
        assertEquals(List.of("W.Va. Code § 61-8-5 → W. Va. Code § 61-8-5", "W. Va. Code § 61-8-6 → W. Va. Code § 61-8-6"),
                citations(text));
        assertEquals("WV", findings(text).get(0).attributes().get("jurisdiction"));
    }

    @Test
    void keepsWhatAStateCodeCannotMean() {
        assertEquals(List.of("statute 796.07, subd. 2 → § 796.07, subd. 2"),
                citations("Under Florida law, statute 796.07, subd. 2, applies."));
        assertEquals(List.of("§ 2.3 → § 2.3"), citations("Ohio groups: see § 2.3 of our bylaws."));
        assertEquals(List.of("HRS § 712-1200 → Haw. Rev. Stat. § 712-1200"), citations("See HRS § 712-1200."));
        assertEquals(List.of(), citations("Section 1.2 of the MCLE rules. OFFICE HRS 8-5 M-F."));
    }

    @Test
    void aStateCodeNameNeedsASectionOfItsShape() {
        String text = "The ORS team met in 2023. Ohio R.C. rules were read at 10.30 a.m. MCL 2023 was a conference; "
                + "call C.R.S. at 555-0100.";
        assertEquals(List.of(), citations(text));
    }

    @Test
    void aBareCitationWithNoStateInSightHasNoJurisdictionAndNoLink() {
        List<Finding> f = findings("The statute 609.322 applies.");
        assertEquals("§ 609.322", f.get(0).normalized());
        assertEquals(Map.of("jurisdiction", "", "section", "609.322"), f.get(0).attributes());
    }

    @Test
    void thingsThatAreNotCitations() {
        assertEquals(List.of(), citations("Call 888-373-7888 or 612.673.3000; pay $1,000; 68% agree; on 12/05/2023."));
        assertEquals(List.of(), citations("Section 5 of this guide, Chapter 3, Title IX, Level 2, version 2.0, Route 6."));
        assertEquals(List.of(), citations("Minn. Stat. and Connecticut General Statutes are long; Penal Law matters."));
        assertEquals(List.of(), citations("Class A misdemeanor; P.A. 73-137; 18 years old; 8 CFRs."));
    }

    // --- contract ---

    @Test
    void emptyTextAndADocumentWithoutSentences() {
        assertEquals(List.of(), findings(""));
        String text = "Minnesota law: statutes 609.321-324.";
        AnalyzedDocument bare = new AnalyzedDocument("x.txt", text, List.of(), List.of(), LocalDate.of(2026, 1, 15));
        assertEquals(List.of("Minn. Stat. §§ 609.321–609.324"),
                new CitationDetector().detect(bare).stream().map(Finding::normalized).toList());
    }

    @Test
    void neverThrowsAndStaysInsideArbitraryText() {
        Random random = new Random(7);
        String[] pieces = {"Minn. Stat. ", "§ ", "§§", "609.321", "-", "324", " U.S.C. ", "18 ", "Title ", ", Section ",
            "CFR ", "Penal Law ", "53a-82", "(a)", " to ", "Pub. L. ", "City Code ", "of the ", "Minnesota ", "\n", " ",
            "subd. ", "7a", "Ordinance No. ", "s. ", ", Wis. Stats.", "\u00A0"};
        CitationDetector detector = new CitationDetector();
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(40);
            for (int i = 0; i < parts; i++) {
                sb.append(random.nextInt(8) == 0 ? String.valueOf((char) random.nextInt(0xFFFF))
                        : pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            for (Finding f : detector.detect(document(text))) {
                assertTrue(f.start() >= 0 && f.end() > f.start() && f.end() <= text.length(), f.toString());
                assertEquals(0.8, f.priority());
            }
        }
    }

    /** A guard against super-linear behaviour, not a benchmark: quadratic work on 1 MB would take hours. */
    @Test
    void longRunsOfWhiteSpaceAndLegalWordsFinish() {
        String text = ("18" + " ".repeat(5000) + "U.S.C. Title 18, Section of the Minn. Stat. Penal Code § x ").repeat(200);
        long start = System.nanoTime();
        assertEquals(0, findings(text).size());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 60_000);
    }
}
