package org.factdesk.detector.resource.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factdesk.api.document.Span;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The finders of numbers, addresses, hours and names. */
class FindersTest {
    private static List<String> values(List<Contact> contacts) {
        return contacts.stream().map(Contact::value).toList();
    }

    private static List<String> texts(String text, List<Contact> contacts) {
        return contacts.stream().map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Nested
    class Phones {
        private final PhoneFinder finder = new PhoneFinder();

        private List<String> find(String text) {
            return values(finder.find(text, 0, text.length()));
        }

        @Test
        void usNumbersInEveryUsualFormAreE164() {
            assertEquals(List.of("+13202350962", "+12185550167", "+12185550188", "+12185550175", "+18883737888",
                            "+18883737888", "+15155550191", "+18005550199"),
                    find("Safe Avenues (320-235-0962), (218) 555-0167 ext. 12, 218.555.0188, +1 218 555 0175, "
                            + "1-888-373-7888, 1 (888) 373-7888, 515 555 0191, 1-800-555-0199"));
        }

        @Test
        void shortCodesAndServiceCodesNeedTheirInstruction() {
            assertEquals(List.of("233733"), find("text “HELP” to 233733"));
            assertEquals(List.of("233722"), find("Text HELP to 233722"));
            assertEquals(List.of("911", "988", "311", "311", "211", "711"),
                    find("Dial 911 now; call or text 988; contact 311; call 3-1-1; dial 211 and dial 711 for Relay Iowa"));
        }

        @Test
        void servicesNamedWithoutAnInstructionAreNotNumbers() {
            assertEquals(List.of(), find("the 211 Connecticut website, the 988 Lifeline network, Highway 12, I-94, 609.321-324, "
                    + "file 73-CR-24-1187, ZIP 55802, in 2023, $1,000, 24/7"));
        }

        @Test
        void faxNumbersAreLeftOut() {
            assertEquals(List.of("+18605550190"), find("Office: (860) 555-0190 · Fax: 860-555-0192"));
        }
    }

    @Nested
    class Addresses {
        private final AddressFinder finder = new AddressFinder();

        private List<String> find(String text) {
            return values(finder.find(text, 0, text.length()));
        }

        @Test
        void streetAddressesWithSuiteCityStateAndZip() {
            assertEquals(List.of("40 Mansfield Ave", "322 Main St", "1200 W. Superior St., Suite 204, Duluth, MN 55802",
                            "100 Pearl St., 4th Floor, Hartford, CT 06103", "900 Keo Way, Des Moines, IA 50309"),
                    find("at 40 Mansfield Ave; at 322 Main St; at 1200 W. Superior St., Suite 204, Duluth, MN 55802; "
                            + "100 Pearl St., 4th Floor, Hartford, CT 06103 and 900 Keo Way, Des Moines, IA 50309 (near I-235)"));
        }

        @Test
        void countsAndRoutesAreNotAddresses() {
            assertEquals(List.of(), find("up to 90 days jail, 12 trafficking cases, Highway 12, DART Route 7 stops, Exit 249, "
                    + "12 St. Paul residents"));
        }

        @Test
        void theCityOfAFullAddress() {
            assertEquals("Des Moines", AddressFinder.city("2100 Grand Ave., Suite 3, Des Moines, IA 50312"));
            assertEquals("", AddressFinder.city("40 Mansfield Ave"));
        }
    }

    @Nested
    class Hours {
        private final HoursFinder finder = new HoursFinder();

        private List<String> find(String text) {
            return values(finder.find(text, 0, text.length()));
        }

        @Test
        void roundTheClockDaysAndTimes() {
            assertEquals(List.of("24/7", "24-hour", "24 hours", "Mon–Fri 9–5", "Tuesday and Thursday, 1–4 p.m.", "6 p.m. to midnight"),
                    find("open 24/7; a 24-hour line; Phone: 515 (24 hours); Mon–Fri 9–5; Tuesday and Thursday, 1–4 p.m.; "
                            + "chat 6 p.m. to midnight"));
        }

        @Test
        void anHoursFieldIsTakenWhole() {
            assertEquals(List.of("Monday–Friday, 9 a.m.–5 p.m.", "Saturday 12–4 p.m."),
                    find("Hours: Monday–Friday, 9 a.m.–5 p.m.; drop-in Saturday 12–4 p.m."));
            assertEquals(List.of("Mon–Thu 10–6"), find("Main line (512) 555-0144 · Office hours Mon–Thu 10–6 · Loop 1 nearby"));
        }

        @Test
        void durationsAndLoneDaysAreNotHours() {
            assertEquals(List.of(), find("within 24 hours of arrest; on Monday, a man was charged; met within hours of the arrests"));
        }
    }

    @Test
    void contactsDoNotOverlapAndNumbersWin() {
        String text = "Phone: 515-555-0102 (24 hours) at 40 Mansfield Ave, open Mon–Fri 9–5";
        List<Contact> found = new ContactFinder().find(text, new Span(0, text.length()));
        assertEquals(List.of("515-555-0102", "24 hours", "40 Mansfield Ave", "Mon–Fri 9–5"), texts(text, found));
        assertEquals(List.of(Contact.Kind.PHONE, Contact.Kind.HOURS, Contact.Kind.ADDRESS, Contact.Kind.HOURS),
                found.stream().map(Contact::kind).toList());
    }

    @Nested
    class Names {
        private final NameFinder finder = new NameFinder();

        private List<NameMention> find(String text) {
            return finder.find(text, new Span(0, text.length()));
        }

        private List<String> names(String text) {
            return find(text).stream().map(NameMention::name).toList();
        }

        @Test
        void possessivePlaceAndGenericWordStayOutOfTheName() {
            String text = "Willmar’s Safe Avenues shelter (320-235-0962) offers 24/7 crisis support.";
            NameMention m = find(text).get(0);
            assertEquals("Safe Avenues", m.name());
            assertEquals("Willmar’s Safe Avenues shelter", text.substring(m.start(), m.end()));
            assertEquals("Willmar", m.location());
            assertEquals("shelter", m.descriptor());
            assertEquals(true, m.marked());
        }

        @Test
        void openingWordsArticlesAndLineKindsAreDropped() {
            assertEquals(List.of("Willmar PD", "National Human Trafficking Hotline"),
                    names("Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline (888-373-7888)."));
            NameMention tip = find("Non-emergency: Windham PD tip line: 860-465-3135 (anonymous)").get(0);
            assertEquals("Windham PD", tip.name());
            assertEquals("tip line", tip.descriptor());
            assertEquals(List.of("No Freeze Project"), names("What support does the No Freeze Project offer?"));
        }

        @Test
        void acronymsWithTheirExpansionAndNamesWithDigits() {
            assertEquals(List.of("SERA (Safe Education Resources & Advocacy)"),
                    names("SERA (Safe Education Resources & Advocacy): Trauma therapy, safety planning"));
            assertEquals(List.of("Love146 Hartford Office", "988 Suicide & Crisis Lifeline"),
                    names("The Love146 Hartford Office serves Windham County. 988 Suicide & Crisis Lifeline: call or text 988"));
        }

        @Test
        void twoNamesJoinedByAndAreTwo() {
            // "The Link" is one word once its article is dropped, too little to tell from an ordinary word
            assertEquals(List.of("Breaking Free", "Sexual Violence Center", "Planned Parenthood",
                            "CT Department of Children and Families"),
                    names("Breaking Free and The Link offer help. The Sexual Violence Center and Planned Parenthood too. "
                            + "So does the CT Department of Children and Families."));
        }

        @Test
        void placesLawsSocialLinksAndSingleWordsAreNotOrganizations() {
            assertEquals(List.of(), names("Kandiyohi County, Bridge Street, Canal Park, Minnesota, Twin Cities, Willmar, "
                    + "Minnesota’s Safe Harbor law, the No Wrong Door model, City of Minneapolis Facebook, Monday Friday, "
                    + "TTY, STI, Consent"));
            assertEquals(List.of("Family Promise of Kandiyohi County"), names("Family Promise of Kandiyohi County: STI testing"));
        }

        @Test
        void markedNamesHaveAnOrganizationWord() {
            List<NameMention> found = find("Operation Guardian: teams. Heartland Community Health Clinic: care.");
            assertEquals(List.of(false, true), found.stream().map(NameMention::marked).toList());
            assertEquals("safe avenues", new NameMention(new Span(0, 1), "The Safe Avenues", "", "", false).key());
        }
    }
}
