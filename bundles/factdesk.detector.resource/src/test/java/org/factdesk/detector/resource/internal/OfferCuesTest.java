package org.factdesk.detector.resource.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdesk.api.document.Span;
import org.junit.jupiter.api.Test;

class OfferCuesTest {
    /** The quick check in front of the pattern must never say no where the pattern says yes. */
    @Test
    void aNameIsAskedForAfterAContactVerbExactlyWhenThePatternSaysSo() {
        String[] before = {"Please contact ", "Contact the ", "CALL ", "reach out to ", "Reach out ", "e-mail the ",
                "get help from ", "referrals to ", "refer you to the ", "Cafécontact the ", "如需帮助请call ", "recall ",
                "contacts ", "1call ", "call\u00a0", "the ", "", "to the ", "bathe ", "go to  the\t"};
        for (String b : before) {
            String text = b + "Safe Avenues";
            NameMention name = new NameMention(new Span(b.length(), text.length()), "Safe Avenues", "", "", true);
            assertEquals(OfferCues.CONTACT_VERB_BEFORE.matcher(b).find(), OfferCues.afterContactVerb(text, 0, name), "'" + b + "'");
        }
    }
}
