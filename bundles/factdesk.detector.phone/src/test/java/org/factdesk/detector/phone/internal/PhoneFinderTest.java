package org.factdesk.detector.phone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhoneFinderTest {
    private final PhoneFinder finder = new PhoneFinder();

    private List<String> found(String text) {
        return finder.find(text).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.normalized() + "/" + m.channel()).toList();
    }

    @Test
    void nationalHotlineInTheGuidesForms() {
        assertEquals(List.of("320-235-2244=+13202352244/voice", "888-373-7888=+18883737888/voice"),
                found("Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline (888-373-7888)."));
        assertEquals(List.of("320-235-0962=+13202350962/voice"),
                found("Willmar’s Safe Avenues shelter (320-235-0962) offers 24/7 crisis support."));
    }

    @Test
    void smsShortCodesAfterTextTo() {
        assertEquals(List.of("888-373-7888=+18883737888/voice", "233733=233733/sms"),
                found("National Human Trafficking Hotline: 888-373-7888 or text “HELP” to 233733"));
        assertEquals(List.of("233722=233722/sms"), found("24-hour crisis text line: Text “HELP” to 233722"));
    }

    @Test
    void serviceCodesOnlyWhenTheTextSaysToCall() {
        assertEquals(List.of("911=911/voice"), found("Emergency: Dial 911 for active solicitation or visible coercion"));
        assertEquals(List.of("311=311/voice"), found("For reasonable accommodations or alternative formats, contact 311."));
        assertEquals(List.of("311=311/tty", "612-673-3000=+16126733000/tty"),
                found("People who are deaf or hard of hearing can use a relay service to call 311 at 612-673-3000."));
        assertEquals(List.of(), found("311 call center"));
        assertEquals(List.of(), found("City of Minneapolis YouTube ChaNNEL Minneapolis 311 Minneapolis 14 Government TV"));
        assertEquals(List.of("988=988/voice"), found("If you are in crisis, call or text 988."));
    }

    @Test
    void shortCodesWithoutKeywordLabelledCodesAndSpelledOutCodes() {
        assertEquals(List.of("1.888.373.7888=+18883737888/voice", "233733=233733/sms"),
                found("reach the hotline day or night at 1.888.373.7888 or text 233733."));
        assertEquals(List.of("911=911/voice"), found("✅ Emergency: 911"));
        assertEquals(List.of("3-1-1=311/voice"), found("For city services that are not emergencies, call 3-1-1."));
        assertEquals(List.of("2-1-1=211/voice"), found("Survivors who need shelter tonight can dial 2-1-1."));
        assertEquals(List.of(), found("Chapter 3-1-1 of the handbook; scores were 3-1-1 at halftime."));
    }

    @Test
    void ttyLinesCarryTheirChannel() {
        assertEquals(List.of("612-673-2157=+16126732157/tty", "612-673-2626=+16126732626/tty"),
                found("TTY users can call 612-673-2157 or 612-673-2626."));
        assertEquals(List.of("711=711/tty"), found("TTY: dial 711 for the relay service."));
    }

    @Test
    void otherFormsOfFullNumbers() {
        assertEquals(List.of("(218) 555-0142=+12185550142/voice", "1-800-555-0199=+18005550199/voice",
                        "612.555.0100=+16125550100/voice", "+1 414 555 0177=+14145550177/voice"),
                found("Call (218) 555-0142, 1-800-555-0199, 612.555.0100 or +1 414 555 0177."));
        assertEquals(List.of("1-800-THE-LOST=+18008435678/voice"), found("Call 1-800-THE-LOST (1-800-843-5678) today."
                .substring(0, 24)));
    }

    @Test
    void extensionIsKept() {
        List<PhoneMatch> m = finder.find("Call 651-555-0123 ext. 12 for legal aid.");
        assertEquals(1, m.size());
        assertEquals("+16515550123", m.get(0).normalized());
        assertEquals("12", m.get(0).extension());
    }

    @Test
    void notPhoneNumbers() {
        String text = "In 2013, under state statutes 609.321-324 and §53a-82, fines up to $2,000 applied at "
                + "1200 Main St, Duluth, MN 55802; Highway 12 and I-94 carry traffic; Channel 14; 24/7 support; "
                + "Minn. Stat. 609.321, subd. 7a; 18 U.S.C. § 1591; call us in 2024; 19 defendants; 12-14 years old.";
        assertTrue(finder.find(text).isEmpty(), () -> found(text).toString());
    }
}
