package org.factdesk.detector.artifact.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotationTest {
    @Test
    void typographicAndStraightMarks() {
        String curly = "He said “I am unable to work” and I am unable to say more.";
        assertTrue(Quotation.isInside(curly, 0, curly.indexOf("I am")));
        assertFalse(Quotation.isInside(curly, 0, curly.lastIndexOf("I am")));
        String straight = "\"I cannot provide that,\" she said. I cannot provide that.";
        assertTrue(Quotation.isInside(straight, 0, 1));
        assertFalse(Quotation.isInside(straight, 0, straight.lastIndexOf("I cannot")));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        String text = "Minnesota’s law isn’t new. I’m unable to say.";
        assertFalse(Quotation.isInside(text, 0, text.indexOf("I’m")));
    }

    @Test
    void onlyTheEnclosingBlockCounts() {
        String text = "An unclosed “quote\n\nI am unable to help.";
        int offset = text.indexOf("I am");
        assertTrue(Quotation.isInside(text, 0, offset));
        assertFalse(Quotation.isInside(text, text.indexOf("I am"), offset));
    }

    @Test
    void theLookBackIsBounded() {
        String text = "“" + "x".repeat(Quotation.MAX_LOOK_BACK) + " I am unable to";
        assertFalse(Quotation.isInside(text, 0, text.indexOf("I am")));
    }
}
