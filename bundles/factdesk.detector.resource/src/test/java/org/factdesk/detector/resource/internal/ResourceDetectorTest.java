package org.factdesk.detector.resource.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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
import org.factdesk.support.text.testing.TestDocuments;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResourceDetectorTest {
    private final ResourceDetector detector = new ResourceDetector();

    /** A resource as an editor reads it: flagged text, name, numbers, address, hours, location, priority. */
    record Offered(String text, String name, String phones, String address, String hours, String location, double priority) {
    }

    private List<Offered> offered(String... lines) {
        AnalyzedDocument doc = TestDocuments.of(lines);
        return detector.detect(doc).stream().map(f -> {
            Map<String, String> a = f.attributes();
            return new Offered(doc.text().substring(f.start(), f.end()), f.normalized(), a.getOrDefault("phones", ""),
                    a.getOrDefault("address", ""), a.getOrDefault("hours", ""), a.getOrDefault("location", ""), f.priority());
        }).toList();
    }

    private List<String> names(String... lines) {
        return offered(lines).stream().map(Offered::name).toList();
    }

    private Map<String, String> servicesByName(String... lines) {
        AnalyzedDocument doc = TestDocuments.of(lines);
        return detector.detect(doc).stream()
                .collect(java.util.stream.Collectors.toMap(Finding::normalized, f -> f.attributes().getOrDefault("services", "")));
    }

    @Nested
    class SeedCorpus {
        @Test
        void theWillmarGuideOffersItsListAShelterAndTwoLines() {
            String[] willmar = {
                    "What health resources exist for at-risk individuals?",
                    "Free confidential services are available:",
                    "- Family Promise of Kandiyohi County: STI testing, addiction counseling",
                    "- Heartland Community Health Clinic: Needle exchanges, wound care",
                    "- SERA (Safe Education Resources & Advocacy): Trauma therapy, safety planning",
                    "No legal status questions are asked at these facilities. Minnesota’s “Safe Harbor” law designates all "
                            + "minors in prostitution as trafficking victims eligible for emergency housing.",
                    "Where can people seek help to exit prostitution?",
                    "Willmar’s Safe Avenues shelter (320-235-0962) offers 24/7 crisis support, while statewide programs like "
                            + "Breaking Free provide job training and transitional housing.",
                    "How can the community report suspected trafficking?",
                    "Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline (888-373-7888). Signs to note:",
                    "- Youth with expensive gifts/clothes inconsistent with income",
                    "If you or someone you know is exploited:",
                    "- Prioritize safety: Contact Safe Avenues for discreet help"};
            assertEquals(List.of(
                    new Offered("Family Promise of Kandiyohi County", "Family Promise of Kandiyohi County", "", "", "", "", 0.5),
                    new Offered("Heartland Community Health Clinic", "Heartland Community Health Clinic", "", "", "", "", 0.5),
                    new Offered("SERA (Safe Education Resources & Advocacy)", "SERA (Safe Education Resources & Advocacy)",
                            "", "", "", "", 0.5),
                    new Offered("Willmar’s Safe Avenues shelter", "Safe Avenues", "+13202350962", "", "24/7", "Willmar", 0.8),
                    new Offered("Breaking Free", "Breaking Free", "", "", "", "", 0.5),
                    new Offered("Willmar PD", "Willmar PD", "+13202352244", "", "", "", 0.8),
                    new Offered("National Human Trafficking Hotline", "National Human Trafficking Hotline", "+18883737888", "",
                            "", "", 0.8)), offered(willmar));
            Map<String, String> services = servicesByName(willmar);
            assertEquals("STI testing, addiction counseling", services.get("Family Promise of Kandiyohi County"));
            assertEquals("24/7 crisis support", services.get("Safe Avenues"));
            assertEquals("job training and transitional housing", services.get("Breaking Free"));
        }

        @Test
        void theWillimanticGuideTiesAHeadingsOrganizationToTheParagraphBelow() {
            String[] willimantic = {
                    "Where can sex workers access healthcare in Willimantic?",
                    "Confidential services are available at:",
                    "1. Generations Family Health Center: Free STI testing and PrEP at 40 Mansfield Ave",
                    "2. Windham Harm Reduction Coalition: Needle exchange and wound care at 322 Main St",
                    "3. Community Health Services: Sliding-scale mental health counseling (call 860-450-7473)",
                    "What support does the No Freeze Project offer?",
                    "This Bridge Street shelter provides emergency housing, job training, and legal advocacy specifically for "
                            + "those exiting prostitution. Their 24/7 hotline (860-456-7470) connects individuals with:",
                    "• 90-day transitional housing",
                    "• Partnerships with employers like Willimantic Food Co-op",
                    "Are there specialized services for trafficking victims?",
                    "Yes. The Love146 Hartford Office serves Windham County with:",
                    "1. Trauma therapy at 35 Bridge St (confidential location)",
                    "2. Immigration assistance for T-visas",
                    "3. 24-hour crisis text line: Text “HELP” to 233722",
                    "How to report suspected prostitution or trafficking?",
                    "• Emergency: Dial 911 for active solicitation or visible coercion",
                    "• Non-emergency: Windham PD tip line: 860-465-3135 (anonymous)",
                    "• National Human Trafficking Hotline: 888-373-7888 or text “HELP” to 233733"};
            assertEquals(List.of(
                    new Offered("Generations Family Health Center", "Generations Family Health Center", "", "40 Mansfield Ave",
                            "", "", 0.5),
                    new Offered("Windham Harm Reduction Coalition", "Windham Harm Reduction Coalition", "", "322 Main St", "", "", 0.5),
                    new Offered("Community Health Services", "Community Health Services", "+18604507473", "", "", "", 0.8),
                    new Offered("No Freeze Project", "No Freeze Project", "+18604567470", "", "24/7", "", 0.8),
                    new Offered("Love146 Hartford Office", "Love146 Hartford Office", "233722", "35 Bridge St", "24-hour", "", 0.8),
                    new Offered("Windham PD tip line", "Windham PD", "+18604653135", "", "", "", 0.8),
                    new Offered("National Human Trafficking Hotline", "National Human Trafficking Hotline",
                            "+18883737888,233733", "", "", "", 0.8)), offered(willimantic));
            Map<String, String> services = servicesByName(willimantic);
            assertEquals("Free STI testing and PrEP", services.get("Generations Family Health Center"));
            assertEquals("emergency housing, job training, and legal advocacy", services.get("No Freeze Project"));
            assertEquals("Trauma therapy; Immigration assistance for T-visas; 24-hour crisis text line",
                    services.get("Love146 Hartford Office"));
            assertEquals("tip line", services.get("Windham PD"));
        }

        @Test
        void aPressReleaseFooterIsThePublishersNotAResource() {
            assertEquals(List.of(), names(
                    "Minneapolis gets results in efforts to combat sex trafficking of juveniles",
                    "The case was a joint effort of the Minneapolis Police Department and Homeland Security Investigations.",
                    "These investigators will continue their on-going work with the Absenting Project: a program in "
                            + "partnership with Hennepin County Child Protection which diverts juvenile runways.",
                    "Published Jan 16, 2013",
                    "Contact us",
                    "For reasonable accommodations or alternative formats, contact 311.",
                    "People who are deaf or hard of hearing can use a relay service to call 311 at 612-673-3000.",
                    "TTY users can call 612-673-2157 or 612-673-2626.",
                    "City of Minneapolis Facebook City of Minneapolis Twitter City of Minneapolis YouTube"));
        }
    }

    @Nested
    class OtherStyles {
        @Test
        void aCountyDirectoryWithOneLinePerEntry() {
            assertEquals(List.of(
                            new Offered("Rochester Safe Harbor Center", "Rochester Safe Harbor Center", "+15075550110",
                                    "410 2nd Ave SW", "Mon–Fri 9–5", "", 0.8),
                            new Offered("Zumbro Valley Youth Shelter", "Zumbro Valley Youth Shelter", "+15075550133",
                                    "1200 Broadway Ave N", "24/7", "", 0.8),
                            new Offered("Olmsted County Victim Services", "Olmsted County Victim Services", "+15075550147", "",
                                    "Mon–Thu 8–4", "", 0.8)),
                    offered("Olmsted County Resource Directory",
                            "Rochester Safe Harbor Center — 507-555-0110 — 410 2nd Ave SW — Mon–Fri 9–5",
                            "Zumbro Valley Youth Shelter — (507) 555-0133 — 1200 Broadway Ave N — open 24/7",
                            "Olmsted County Victim Services — 507.555.0147 — Mon–Thu 8–4",
                            "Listings are reviewed by Olmsted County every quarter."));
        }

        @Test
        void aDirectoryWithTheDetailsOnTheLinesBelowEachName() {
            List<Offered> found = offered(
                    "EMERGENCY AND 24-HOUR LINES",
                    "Raccoon River Safe House",
                    "Emergency shelter for adult survivors of any gender",
                    "Phone: 515-555-0102 (24 hours)",
                    "Text: 515-555-0103",
                    "Address: confidential; intake by phone only",
                    "LEGAL HELP",
                    "Heartland Survivor Legal Project",
                    "Vacating convictions, protection orders, T visa applications",
                    "Phone: 515.555.0135 ext. 204",
                    "Address: 400 Locust St., Suite 1100, Des Moines, IA 50309",
                    "LAW ENFORCEMENT",
                    "Des Moines Police Department, Vice and Narcotics tip line",
                    "Phone: 515-555-0166",
                    "Non-emergency calls only. In an emergency, call 911.",
                    "Corrections or new listings? Email the network or leave a message at 515-555-0199.");
            assertEquals(List.of(
                    new Offered("Raccoon River Safe House", "Raccoon River Safe House", "+15155550102,+15155550103", "",
                            "24 hours", "", 0.8),
                    new Offered("Heartland Survivor Legal Project", "Heartland Survivor Legal Project", "+15155550135",
                            "400 Locust St., Suite 1100, Des Moines, IA 50309", "", "Des Moines", 0.8),
                    new Offered("Des Moines Police Department", "Des Moines Police Department", "+15155550166", "", "", "", 0.8)),
                    found);
        }

        @Test
        void anAddressLineIsNotANewSectionAndCallIsNotAFieldLabel() {
            assertEquals(List.of(new Offered("Fourth Street Clinic", "Fourth Street Clinic", "+18015550135", "", "", "", 0.8),
                            new Offered("Washoe County Human Services", "Washoe County Human Services", "", "", "", "", 0.5)),
                    offered("HEALTH", "Fourth Street Clinic", "Primary care for people experiencing homelessness",
                            "409 W 400 S, Salt Lake City, UT 84101", "Phone: 801-555-0135",
                            "Washoe County Human Services administers emergency rental assistance.",
                            "Call 775-555-0102 if you need a ride to an appointment."));
        }

        @Test
        void aFactSheetListingHotlines() {
            String[] sheet = {
                    "WHERE TO GET HELP",
                    "Red River Freedom Coalition, 24-hour line: 701-555-0126",
                    "Office: 1 N. 2nd St., Suite 310, Fargo, ND 58102 | (701) 555-0129",
                    "Fargo Police Department tip line: 701.555.0139",
                    "National Human Trafficking Hotline: 1-888-373-7888 or text HELP to 233733",
                    "988 Suicide & Crisis Lifeline: call or text 988",
                    "Dial 211 for community resources, or call 911 in an emergency."};
            assertEquals(List.of(
                    new Offered("Red River Freedom Coalition", "Red River Freedom Coalition", "+17015550126,+17015550129",
                            "1 N. 2nd St., Suite 310, Fargo, ND 58102", "24-hour", "Fargo", 0.8),
                    new Offered("Fargo Police Department tip line", "Fargo Police Department", "+17015550139", "", "", "", 0.8),
                    new Offered("National Human Trafficking Hotline", "National Human Trafficking Hotline", "+18883737888,233733",
                            "", "", "", 0.8),
                    new Offered("988 Suicide & Crisis Lifeline", "988 Suicide & Crisis Lifeline", "988", "", "", "", 0.8)),
                    offered(sheet));
        }

        @Test
        void aPressReleaseQuotingAPoliceChief() {
            assertEquals(List.of(
                    new Offered("Rapid City Police tip line", "Rapid City Police", "+16055550114", "", "", "", 0.8),
                    new Offered("National Human Trafficking Hotline", "National Human Trafficking Hotline", "+18883737888",
                            "", "", "", 0.8)),
                    offered("Rapid City police charge 9 after motel trafficking investigation",
                            "The Rapid City Police Department, working with the Pennington County Sheriff’s Office and the "
                                    + "Black Hills Survivor Alliance, today announced charges against nine people.",
                            "“These cases started with a desk clerk who trusted her instincts,” said Police Chief Alan Marsh.",
                            "Advocates from the Black Hills Survivor Alliance met with each victim within hours of the arrests.",
                            "Anyone with information is asked to call the Rapid City Police tip line at 605.555.0114 or the "
                                    + "National Human Trafficking Hotline at 1 (888) 373-7888. Anyone in danger should call 911.",
                            "Media contact: Dana Fox, Communications Manager, 605-555-0151",
                            "Published Apr 2, 2024",
                            "Contact us",
                            "To request an accommodation, contact the City Clerk at 605-555-0100."));
        }

        @Test
        void namesJoinedByAndShareTheirVerbOfService() {
            assertEquals(List.of("Bridge for Youth", "Family Partnership", "Sexual Violence Center", "Planned Parenthood"),
                    names("Programs like The Bridge for Youth and The Family Partnership provide safe housing options.",
                            "The Sexual Violence Center and Planned Parenthood offer healthcare services and emotional support."));
        }

        @Test
        void aNumberAfterASemicolonBelongsToTheNameEarlierInTheSentence() {
            assertEquals(List.of(new Offered("Nebraska Survivor Law Clinic", "Nebraska Survivor Law Clinic", "+14025550177",
                            "", "", "", 0.8)),
                    offered("Legal questions? Nebraska Survivor Law Clinic offers free consultations on Tuesdays; call "
                            + "402-555-0177."));
        }

        @Test
        void textKeywordsAreNotNamesAndShortCodesWithoutToAreNumbers() {
            assertEquals(List.of(
                            new Offered("Crisis Text Line", "Crisis Text Line", "741741", "", "", "", 0.8),
                            new Offered("Love Is Respect", "Love Is Respect", "+18665550123,22522", "", "", "", 0.8),
                            new Offered("National Human Trafficking Hotline", "National Human Trafficking Hotline",
                                    "+18883737888,233733", "", "", "", 0.8)),
                    offered("Crisis Text Line — text HOME to 741741",
                            "Love Is Respect — call 1-866-555-0123 or text LOVEIS to 22522",
                            "National Human Trafficking Hotline — 1-888-373-7888 (text 233733)"));
        }

        @Test
        void aRelativeClauseOfServiceAndLabelsWithAnArticleOrAGenericWord() {
            Map<String, String> services = servicesByName(
                    "Victims were referred to the Sunflower Survivor Network, which provides shelter and case management.",
                    "2. The Open Door Mission: emergency beds and meals",
                    "Just Food pantry — 785-555-0181 — 1000 E 11th St");
            assertEquals(Map.of("Sunflower Survivor Network", "shelter and case management",
                    "Open Door Mission", "emergency beds and meals", "Just Food", "pantry"), services);
        }

        @Test
        void anOrganizationTheReaderIsAskedToReachWithoutANumber() {
            assertEquals(List.of(new Offered("Arrowhead Safe Passage Network", "Arrowhead Safe Passage Network", "", "", "",
                            "", 0.5)),
                    offered("If you or someone you know is being exploited:",
                            "- Put safety first and reach out to Arrowhead Safe Passage Network"));
        }

        @Test
        void theFirstOfferedMentionIsTheSpanAndLaterDetailsAreMerged() {
            List<Offered> found = offered(
                    "The Willmar PD collaborates with the West Central Minnesota Drug & Violent Crime Task Force.",
                    "Contact Willmar PD at 320-235-2244.",
                    "The Willmar PD non-emergency line is 320-235-2200.");
            assertEquals(List.of(new Offered("Willmar PD", "Willmar PD", "+13202352244,+13202352200", "", "", "", 0.8)), found);
        }
    }

    @Nested
    class NotResources {
        @Test
        void lawsPlacesGenericNounsAndMentionsInANewsStory() {
            assertEquals(List.of(), names(
                    "Minnesota’s Safe Harbor law designates all minors in prostitution as trafficking victims.",
                    "Kandiyohi County courts often mandate diversion programs for first-time offenders.",
                    "By working with social services, the hospitality industry, and other partners, law enforcement can "
                            + "better uncover cases of trafficking.",
                    "Cases get referred to the Minnesota Human Trafficking Task Force.",
                    "The Minneapolis Police Department will be adding new resources in 2013.",
                    "Willmar’s Salvation Army and United Way focus on prevention through outreach.",
                    "Loss of manufacturing jobs since American Thread Company closure."));
        }

        @Test
        void listLabelsThatAreTopicsNotOrganizations() {
            assertEquals(List.of(), names(
                    "1. Systemic Inequality: Factors such as racism, discrimination, and gender inequality can exacerbate "
                            + "vulnerabilities, especially for marginalized communities.",
                    "2. Victim Support Services: The state of Minnesota has established victim support services.",
                    "• Consent: Trafficking victims cannot leave due to threats or debt bondage",
                    "• Know your rights: Trafficking victims won’t be deported",
                    "Key Takeaways: Willmar’s Approach"));
        }

        @Test
        void pageHeadingsDoNotCollectTheNumbersUnderThem() {
            assertEquals(List.of(), names("Get Help Now", "Phone: 515-555-0100", "Frequently Asked Questions",
                    "Emergency shelter for adults", "Phone: 515-555-0101"));
        }

        @Test
        void anUnmarkedNameOnItsOwnLineIsAnEntryOnlyWithFieldLinesBelow() {
            assertEquals(List.of(new Offered("Prairie Lantern", "Prairie Lantern", "+14025550141", "", "", "", 0.8)),
                    offered("Prairie Lantern", "Drop-in space for adults", "Phone: 402-555-0141"));
            assertEquals(List.of(), names("Prairie Lantern", "The lantern festival returns in May with music and food.",
                    "Tickets are $5 at the door, or call 402-555-0142."));
        }

        @Test
        void aNumberInASentenceThatNamesNoOrganization() {
            assertEquals(List.of(), names(
                    "Survivors may be eligible for compensation from the state.",
                    "Spanish-speaking advocates are available at 512.555.0165 ext. 2.",
                    "Young people who need to talk to someone can call or text 988."));
        }
    }

    @Nested
    class Contract {
        @Test
        void findingsAreResourcesInsideTheTextInOrderAndRepeatable() {
            AnalyzedDocument doc = TestDocuments.of("Contact Willmar PD at 320-235-2244 or the National Human Trafficking "
                    + "Hotline (888-373-7888).", "- Heartland Community Health Clinic: Needle exchanges, wound care");
            List<Finding> findings = detector.detect(doc);
            assertEquals(3, findings.size());
            int previous = -1;
            for (Finding f : findings) {
                assertEquals(FlagTypes.RESOURCE, f.type());
                assertTrue(f.start() > previous && f.end() <= doc.text().length());
                assertEquals(f.normalized(), f.attributes().get("name"));
                previous = f.start();
            }
            assertEquals(findings, detector.detect(doc));
        }

        @Test
        void emptyTextAndDocumentsWithoutBlocksOrSentences() {
            assertEquals(List.of(), detector.detect(new AnalyzedDocument("e.txt", "", List.of(), List.of(), LocalDate.of(2026, 1, 1))));
            String text = "Contact Willmar PD at 320-235-2244.";
            List<Finding> bare = detector.detect(new AnalyzedDocument("b.txt", text, List.of(), List.of(), LocalDate.of(2026, 1, 1)));
            assertEquals(List.of("Willmar PD"), bare.stream().map(Finding::normalized).toList());
        }

        @Test
        void blocksOutsideTheTextAreIgnored() {
            String text = "Contact Willmar PD at 320-235-2244.";
            AnalyzedDocument doc = new AnalyzedDocument("o.txt", text,
                    List.of(Block.of(0, text.length(), BlockKind.PARAGRAPH), Block.of(text.length() + 2, text.length() + 90,
                            BlockKind.PARAGRAPH)), List.of(), LocalDate.of(2026, 1, 1));
            assertEquals(1, detector.detect(doc).size());
        }

        @Test
        void binaryLookingHugeAndRepetitiveTextIsFastAndHarmless() {
            Random random = new Random(11);
            StringBuilder noise = new StringBuilder();
            for (int i = 0; i < 2_000_000; i++) {
                noise.append((char) random.nextInt(0x3000));
            }
            StringBuilder lines = new StringBuilder();
            while (lines.length() < 8_000_000) {
                lines.append("Safe House Center (320-555-0100) offers 24/7 help at 40 Main St, Mon–Fri 9–5.\n\n");
            }
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                detector.detect(TestDocuments.paragraph(noise.toString()));
                String text = lines.toString();
                List<Block> blocks = new java.util.ArrayList<>();
                for (int start = 0; start < text.length(); ) {
                    int end = text.indexOf("\n\n", start);
                    blocks.add(Block.of(start, end, BlockKind.PARAGRAPH));
                    start = end + 2;
                }
                List<Finding> findings = detector.detect(new AnalyzedDocument("r.txt", text, blocks, List.of(),
                        LocalDate.of(2026, 1, 1)));
                assertEquals(List.of("Safe House Center"), findings.stream().map(Finding::normalized).toList());
                String oneBlock = "Safe House 320-555-0100 ".repeat(2_000_000);
                assertEquals(List.of(), detector.detect(TestDocuments.paragraph(oneBlock)), "a 48 MB block is skipped");
            });
        }
    }
}
