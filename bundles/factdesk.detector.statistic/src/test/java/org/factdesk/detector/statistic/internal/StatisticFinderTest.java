package org.factdesk.detector.statistic.internal;

import static org.factdesk.detector.statistic.internal.Texts.statistics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatisticFinderTest {
    // --- seed corpus: Willmar, Minnesota ---

    @Test
    void penaltiesAreDurationsAndMoneyWithTheirQualifiers() {
        assertEquals(List.of("up to 90 days → up to 90 days", "$1,000 → 1000 USD"),
                statistics("First-time solicitation charges typically bring misdemeanor penalties: up to 90 days jail "
                        + "and $1,000 fines."));
        assertEquals(List.of("1 year → 1 year", "$3,000 → 3000 USD"),
                statistics("Repeat offenses escalate to gross misdemeanors (1 year jail, $3,000 fines)."));
    }

    @Test
    void percentagesAreFoundAndTheYearBesideThemIsNot() {
        assertEquals(List.of("70% → 70 percent"),
                statistics("Arrest data shows 70% of 2023 prostitution charges in Kandiyohi County were against clients."));
        assertEquals(List.of("68% → 68 percent", "34% → 34 percent"),
                statistics("A 2022 Minnesota Department of Health report found 68% of sex workers experienced physical "
                        + "assault, while 34% encountered weapon threats."));
    }

    @Test
    void fractionsAreShares() {
        assertEquals(List.of("about a third → about 33.3 percent"),
                statistics("Advocates say about a third of callers are under 18."));
        assertEquals(List.of("Roughly one-quarter → about 25 percent"),
                statistics("Roughly one-quarter of the beds are reserved for youth."));
        assertEquals(List.of("Two-thirds → 66.7 percent"), statistics("Two-thirds of the survivors were runaways."));
        assertEquals(List.of(), statistics("A third party may or may not be involved."));
    }

    @Test
    void sharesWithoutOfCountAfterAQualifierOrOpeningASentence() {
        assertEquals(List.of("roughly half → about 50 percent"),
                statistics("Survivors need support for months, and roughly half return to a trafficker at least once."));
        assertEquals(List.of("about a third → about 33.3 percent"),
                statistics("Requests for help rise by about a third between May and October."));
        assertEquals(List.of("Two-thirds → 66.7 percent"), statistics("Most were young. Two-thirds were minors."));
        assertEquals(List.of(), statistics("She left half her belongings behind. A third party drove."));
        assertEquals(List.of(), statistics("The shelter is less than a quarter mile from the stop, other than a third "
                + "party site; it opened about a quarter past nine, for over a quarter century. Half Moon Bay police "
                + "came. Half-price tickets. Two quarters ago it moved. It took roughly half an hour."));
    }

    @Test
    void aQualifiedDurationOfOneUnitMayBeWrittenWithAnArticle() {
        assertEquals(List.of("as much as a year → up to 1 year"),
                statistics("A conviction can mean as much as a year in the county jail."));
        assertEquals(List.of(), statistics("About a year ago the shelter opened. A year later it moved."));
        assertEquals(List.of("doubled → 2 times"),
                statistics("Reports doubled over a year. A child under a year old was found."));
        assertEquals(List.of(), statistics("She waited almost a year and a half."));
        assertEquals(List.of("Two-thirds → 66.7 percent"), statistics("• Two-thirds were under 24 at referral"));
    }

    @Test
    void wordPhrasesAreTriedOnlyWhereTheirWholeFirstWordStands() {
        // upper case is still a first word; a longer word that begins with one ("Doubles", "Halfway", "Anew") is not
        assertEquals(List.of("TWICE → 2 times", "HALF → 50 percent", "Hundreds of callers → vague 200-999 callers"),
                statistics("Victims are TWICE as likely to return. HALF of them are minors. Hundreds of callers waited."));
        assertEquals(List.of(), statistics("Doubles the risk. Halfway of the road. Anew a year ago. Twicely done."));
        assertEquals(List.of("almost A year → nearly 1 year"), statistics("She waited almost A year for a bed."));
    }

    @Test
    void aHyphenatedCountIsOneAdjective() {
        assertEquals(List.of("12-bed → 12 beds"), statistics("The alliance runs a 12-bed shelter downtown."));
        assertEquals(List.of(), statistics("The 12-step program meets weekly."));
        assertEquals(List.of("3-county → 3 counties", "40-person → 40 people"),
                statistics("A 3-county task force with a 40-person staff."));
        assertEquals(List.of(), statistics("Bus 5 stops outside the shelter."));
    }

    @Test
    void countsOfFilingsAndApproaches() {
        assertEquals(List.of("26 vacatur motions → 26 motions"), statistics("Attorneys filed 26 vacatur motions last year."));
        assertEquals(List.of("12 such charges → 12 charges"), statistics("Prosecutors brought 12 such charges in 2024."));
    }

    @Test
    void wordMultiplierIsThreeTimes() {
        assertEquals(List.of("triple → 3 times"),
                statistics("STI rates among Willmar’s unhoused population are triple the state average."));
    }

    @Test
    void countKeepsTheCountedNounAndDropsItsModifiers() {
        assertEquals(List.of("12 trafficking cases → 12 cases"),
                statistics("The MN Human Trafficking Office identified 12 trafficking cases in Kandiyohi County in 2023."));
    }

    @Test
    void plusSignIsAtLeast() {
        assertEquals(List.of("7+ attempts → at least 7 attempts"),
                statistics("Their outreach teams recognise that exiting requires 7+ attempts on average."));
    }

    @Test
    void roadsPhoneNumbersAndRoundTheClockServiceAreNotStatistics() {
        assertEquals(List.of(), statistics("I-94 and Highway 23 make Willmar a transit hub."));
        assertEquals(List.of(), statistics("Isolated rural areas near Highway 12 report reputation concerns."));
        assertEquals(List.of(), statistics("Willmar’s Safe Avenues shelter (320-235-0962) offers 24/7 crisis support."));
        assertEquals(List.of(), statistics("Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline "
                + "(888-373-7888)."));
        assertEquals(List.of(), statistics("No—prostitution is illegal throughout Minnesota under state statutes 609.321-324."));
    }

    // --- seed corpus: Willimantic, Connecticut ---

    @Test
    void connecticutPenaltiesAndTheStatuteNumberBeforeThem() {
        assertEquals(List.of("up to 1 year → up to 1 year", "up to $2,000 → up to 2000 USD"),
                statistics("Under Connecticut General Statutes §53a-82, engaging in or soliciting prostitution is a Class A "
                        + "misdemeanor punishable by up to 1 year in jail and fines up to $2,000."));
    }

    @Test
    void multiplicationSignIsTimes() {
        assertEquals(List.of("3× → 3 times", "12% → 12 percent"),
                statistics("Windham County’s syphilis rates are 3× Connecticut’s average, while HIV prevalence among "
                        + "local sex workers is 12% according to Windham Hospital outreach data."));
    }

    @Test
    void addressesShortCodesListNumbersAndVersionNumbersAreNotStatistics() {
        assertEquals(List.of(), statistics("  1. Generations Family Health Center: Free STI testing and PrEP at 40 Mansfield Ave"));
        assertEquals(List.of(), statistics("  2. Windham Harm Reduction Coalition: Needle exchange and wound care at 322 Main St"));
        assertEquals(List.of(), statistics("  3. 24-hour crisis text line: Text “HELP” to 233722"));
        assertEquals(List.of(), statistics("  2. Neighborhood Watch 2.0: Anonymous tip system via WindhamCT app"));
        assertEquals(List.of(), statistics("  • Emergency: Dial 911 for active solicitation or visible coercion"));
        assertEquals(List.of(), statistics("  • Transit hub location along Route 6 attracting buyers from rural areas"));
        assertEquals(List.of(), statistics("  • Age: Under-18 participants are automatically classified as trafficking victims"));
    }

    @Test
    void aHyphenatedDurationIsADuration() {
        assertEquals(List.of("90-day → 90 days"), statistics("  • 90-day transitional housing"));
    }

    // --- seed corpus: Minnesota FAQ, Minneapolis news release, Safe Harbor fact sheet ---

    @Test
    void vagueMagnitudeIsARangeWithTheVagueQualifier() {
        assertEquals(List.of("hundreds of individuals → vague 200-999 individuals"),
                statistics("According to recent statistics, there are estimated to be hundreds of individuals trafficked "
                        + "for sex in Minnesota each year."));
    }

    @Test
    void numbersContinuingAListOfCountsTakeItsNoun() {
        assertEquals(List.of("19 defendants → 19 defendants", "14 → 14 defendants", "four → 4 defendants",
                        "one → 1 defendants"),
                statistics("Since February 2011, 19 defendants have been charged, including 14 for felony sex trafficking, "
                        + "four for felony procuring or hiring a minor for prostitution, and one for manufacture of child "
                        + "pornography."));
    }

    @Test
    void qualifiedCountsSpanTheirQualifier() {
        assertEquals(List.of("nearly 100 people → nearly 100 people",
                        "about 25 hotel and motel properties → about 25 properties"),
                statistics("The training was attended by nearly 100 people, representing about 25 hotel and motel properties."));
    }

    @Test
    void averageAgeOfEntryIsAnAgeInYears() {
        assertEquals(List.of("96 percent → 96 percent", "14 → average 14 years"),
                statistics("For example, national research shows that 96 percent of girls who are trafficked are runaways, "
                        + "and their average age of entry into prostitution is 14."));
        assertEquals(List.of("12-14 years old → average 12-14 years"),
                statistics("The average age of entry into prostitution by minors is 12-14 years old."));
    }

    @Test
    void spelledCountsAreDigits() {
        assertEquals(List.of("Eight organizations → 8 organizations"),
                statistics("Eight organizations are the program’s base for Regional Navigators."));
        assertEquals(List.of("two sergeants → 2 sergeants", "18 juvenile females → 18 females"),
                statistics("The department will move two sergeants into the unit. Through these cases, 18 juvenile "
                        + "females were rescued."));
    }

    @Test
    void agesOfOnePersonDatesYearsAndTheWordOneAreNotStatistics() {
        assertEquals(List.of(), statistics("On Monday, a man charged with allegedly prostituting a 16-year-old girl and "
                + "17-year-old girl entered an Alford plea."));
        assertEquals(List.of(), statistics("Last year the department had one dedicated investigator, and in 2013 the "
                + "department plans to add a second investigator."));
        assertEquals(List.of(), statistics("Published Jan 16, 2013"));
        assertEquals(List.of(), statistics("A sexually exploited youth is someone under the age of 18, whether she is 12 or 21."));
        assertEquals(List.of(), statistics("In 2014, Minnesota’s Safe Harbor law went into effect. The law was amended in 2009."));
        assertEquals(List.of(), statistics("Minn. Stat. 609.321, subd. 7a."));
    }

    @Test
    void serviceCodesAndChannelNamesAreNotCounts() {
        assertEquals(List.of(), statistics("311 call center\nTTY users can call 612-673-2157 or 612-673-2626."));
        assertEquals(List.of(), statistics("City of Minneapolis YouTube ChaNNEL Minneapolis 311 Minneapolis 14 Government TV "
                + "City of Minneapolis LinkedIn"));
    }

    // --- new styles: Wisconsin news, Texas fact sheet, a city ordinance page ---

    @Test
    void wisconsinNewsStory() {
        assertEquals(List.of("37 arrests → 37 arrests", "two-week → 2 weeks", "about 1 in 6 → about 1 in 6"),
                statistics("Milwaukee police made 37 arrests in a two-week sting, and about 1 in 6 runaways reported to "
                        + "the center were likely trafficked."));
        assertEquals(List.of("up to $10,000 → up to 10000 USD", "up to 9 months → up to 9 months",
                        "$500 to $1,000 → 500-1000 USD"),
                statistics("A first offense carries a fine of up to $10,000 or up to 9 months in jail; fines range from "
                        + "$500 to $1,000 in Dane County."));
        assertEquals(List.of("212 calls → 212 calls", "40 percent → 40 percent", "doubled → 2 times"),
                statistics("The Dane County Sheriff's Office reported 212 calls in 2022, up 40 percent from 2021; tips "
                        + "have doubled since 2019."));
    }

    @Test
    void rangesHalvesAndRoundTheClockBeds() {
        assertEquals(List.of("10 and 15 victims → 10-15 victims", "Nearly half → nearly 50 percent"),
                statistics("Between 10 and 15 victims are identified each month. Nearly half of survivors are 16 or 17."));
        assertEquals(List.of("24 beds → 24 beds"),
                statistics("Shelters in Madison have 24 beds, available 24 hours a day, 7 days a week."));
    }

    @Test
    void scaleWordsAndWordMultipliers() {
        assertEquals(List.of("three times → 3 times", "$1.5 million → 1500000 USD"),
                statistics("Victims are three times more likely to be homeless. The state spent $1.5 million on services "
                        + "in FY 2023."));
        assertEquals(List.of("six months → 6 months", "twice → 2 times", "90 minutes → 90 minutes"),
                statistics("The program lasts six months; participants meet twice a week for 90 minutes."));
    }

    @Test
    void bulletedTexasFactSheet() {
        String sheet = """
                TEXAS HUMAN TRAFFICKING FACT SHEET
                • An estimated 313,000 people are trafficked in Texas at any given time (University of Texas, 2016).
                • 79,000 minors and youth are victims of sex trafficking in Texas.
                • Houston's I-10 corridor sees 25% of all trafficking cases statewide.
                • Solicitation is a state jail felony (180 days to 2 years).
                • Call the Texas hotline at 1-888-373-7888 or text 233733. Dial 911 in an emergency.
                • Harris County filed charges against 1,200 buyers last year, over 3x the 2019 total.
                • 1 out of 5 trafficked youth had been in foster care.
                """;
        assertEquals(List.of("An estimated 313,000 people → about 313000 people", "79,000 minors → 79000 minors",
                        "25% → 25 percent", "180 days → 180 days", "2 years → 2 years", "1,200 buyers → 1200 buyers",
                        "over 3x → more than 3 times", "1 out of 5 → 1 in 5"),
                statistics(sheet));
    }

    @Test
    void cityOrdinancePage() {
        String page = """
                City of Rochester, Minnesota — Ordinance Information
                Chapter 9.04 of the Rochester Code of Ordinances prohibits loitering for the purpose of prostitution.
                Violations are punishable by a fine of not more than $1,000 and 90 days in jail.
                Section 9.04.010 Definitions. Adopted by Ordinance No. 4321 on March 3, 2019.
                The city licenses 12 massage establishments.
                Council Member Jane Doe (Ward 3) can be reached at 507-328-2000. City Hall, 201 4th St SE, Room 108,
                Rochester, MN 55904. Meetings are held the 1st and 3rd Monday of each month at 7:00 p.m.
                """;
        assertEquals(List.of("not more than $1,000 → up to 1000 USD", "90 days → 90 days",
                        "12 massage establishments → 12 establishments"),
                statistics(page));
    }

    @Test
    void ratiosPercentRangesAndOrMore() {
        assertEquals(List.of("one in five → 1 in 5"), statistics("one in five children"));
        assertEquals(List.of("30-40% → 30-40 percent"), statistics("Estimates put the share at 30-40% of cases."));
        assertEquals(List.of("12 or more victims → at least 12 victims"), statistics("Police found 12 or more victims."));
        assertEquals(List.of("ninety-six percent → 96 percent"), statistics("ninety-six percent of girls"));
    }

    @Test
    void newlyWrittenNegatives() {
        assertEquals(List.of(), statistics("Step 3: call (612) 348-5000 between 9:00 and 17:00."));
        assertEquals(List.of(), statistics("See Level 3 offenders, Chapter 5 victims, Title 18 cases and § 12 persons."));
        assertEquals(List.of(), statistics("Meet at 1200 Main Street or Suite 400 of 55 Elm Ave."));
        assertEquals(List.of(), statistics("COVID19 changed things; K-12 schools and T-1 lines too; the 3rd and 21st cases."));
        assertEquals(List.of(), statistics("the double standard and a triple-check"));
        assertEquals(List.of(), statistics("thousands of dollars"));
    }
}
