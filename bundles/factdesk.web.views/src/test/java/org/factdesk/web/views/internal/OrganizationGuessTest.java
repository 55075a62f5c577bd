package org.factdesk.web.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrganizationGuessTest {
    @Test
    void theNameRightBeforeTheNumber() {
        assertEquals("National Human Trafficking Hotline", OrganizationGuess.guess(
                "Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline (888-373-7888).", "888-373-7888"));
        assertEquals("Willmar PD", OrganizationGuess.guess(
                "Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline (888-373-7888).", "320-235-2244"));
    }

    @Test
    void aTrailingServiceNounAndPossessivesBelongToTheName() {
        assertEquals("Willmar’s Safe Avenues shelter", OrganizationGuess.guess(
                "Willmar’s Safe Avenues shelter (320-235-0962) offers 24/7 crisis support.", "320-235-0962"));
        assertEquals("Office of Justice Programs", OrganizationGuess.guess(
                "Reach the Office of Justice Programs: 651-201-7300.", "651-201-7300"));
    }

    @Test
    void noNameIsBetterThanAWrongOne() {
        assertEquals("", OrganizationGuess.guess("24-hour crisis text line: Text “HELP” to 233722", "233722"),
                "a quoted keyword is not an organization");
        assertEquals("", OrganizationGuess.guess("Their 24/7 hotline is 860-456-7470.", "860-456-7470"));
        assertEquals("", OrganizationGuess.guess("call 911 in an emergency", "911"));
        assertEquals("", OrganizationGuess.guess("860-450-7473 is open daily.", "860-450-7473"));
        assertEquals("", OrganizationGuess.guess("Something else entirely.", "555-0100"));
    }
}
