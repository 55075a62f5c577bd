package org.factdesk.detector.boilerplate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdesk.detector.boilerplate.internal.Verdict.Strength;
import org.junit.jupiter.api.Test;

class ChromeLabelsTest {
    private static Verdict chrome(ChromeKind kind) {
        return new Verdict(Strength.CHROME, kind);
    }

    private static Verdict label(ChromeKind kind) {
        return new Verdict(Strength.LABEL, kind);
    }

    @Test
    void chromeByItsOwnText() {
        assertEquals(chrome(ChromeKind.COMMENTS), ChromeLabels.judge("Leave a Reply"));
        assertEquals(chrome(ChromeKind.COMMENTS), ChromeLabels.judge("Comments are closed."));
        assertEquals(chrome(ChromeKind.NAVIGATION), ChromeLabels.judge("Skip to main content"));
        assertEquals(chrome(ChromeKind.NAVIGATION), ChromeLabels.judge("Print this page"));
        assertEquals(chrome(ChromeKind.NAVIGATION), ChromeLabels.judge("Previous post: Safe Harbor turns ten"));
        assertEquals(chrome(ChromeKind.SOCIAL), ChromeLabels.judge("Share on Facebook"));
        assertEquals(chrome(ChromeKind.SOCIAL), ChromeLabels.judge("Follow us on Instagram and TikTok"));
        assertEquals(chrome(ChromeKind.SOCIAL), ChromeLabels.judge("Facebook | Twitter | YouTube"));
        assertEquals(chrome(ChromeKind.CATEGORY), ChromeLabels.judge("Categories MinnesotaState Regulations and Laws"));
        assertEquals(chrome(ChromeKind.CATEGORY), ChromeLabels.judge("Filed under: Ohio, Human trafficking"));
        assertEquals(chrome(ChromeKind.LOGO), ChromeLabels.judge("Minneapolis, City of Lakes logo"));
        assertEquals(chrome(ChromeKind.LOGO), ChromeLabels.judge("Logo of the Minnesota Department of Health"));
        assertEquals(chrome(ChromeKind.LEGAL), ChromeLabels.judge("Copyright © 2021 Breaking Free"));
        assertEquals(chrome(ChromeKind.LEGAL), ChromeLabels.judge("(c) 2019 Hennepin County"));
        assertEquals(chrome(ChromeKind.COOKIE), ChromeLabels.judge("We use cookies to analyse traffic."));
    }

    @Test
    void knownLabelsNeedCompany() {
        assertEquals(label(ChromeKind.COMMENTS), ChromeLabels.judge("Comments"));
        assertEquals(label(ChromeKind.NAVIGATION), ChromeLabels.judge("Contact us"));
        assertEquals(label(ChromeKind.NAVIGATION), ChromeLabels.judge("» Read more"));
        assertEquals(label(ChromeKind.SOCIAL), ChromeLabels.judge("Facebook"));
        assertEquals(label(ChromeKind.LEGAL), ChromeLabels.judge("Privacy Policy"));
        assertEquals(label(ChromeKind.CATEGORY), ChromeLabels.judge("Tags:"));
    }

    @Test
    void contentIsNotChrome() {
        assertEquals(Verdict.CONTENT, ChromeLabels.judge("Is prostitution legal in Willmar, Minnesota?"));
        assertEquals(Verdict.CONTENT, ChromeLabels.judge("Family Promise of Kandiyohi County: STI testing, addiction counseling"));
        assertEquals(Verdict.CONTENT, ChromeLabels.judge("For reasonable accommodations or alternative formats, contact 311."));
        assertEquals(Verdict.CONTENT, ChromeLabels.judge("TTY users can call 612-673-2157 or 612-673-2626."));
        assertEquals(Verdict.CONTENT, ChromeLabels.judge("Published Jan 16, 2013"));
        assertEquals(Verdict.CONTENT, ChromeLabels.judge("Traffickers recruit on Facebook and Instagram."));
        assertEquals(Verdict.CONTENT, ChromeLabels.judge("Facebook, Instagram and Snapchat"));
        assertEquals(Verdict.CONTENT, ChromeLabels.judge("Categories of trafficking include labor and sex trafficking."));
        assertEquals(Verdict.CONTENT, ChromeLabels.judge("Copyright law protects the report's photographs."));
        assertEquals(Verdict.CONTENT, ChromeLabels.judge("x".repeat(ChromeLabels.MAX_CHROME_LENGTH + 1) + " logo"));
    }

    @Test
    void linkLikeLabels() {
        assertTrue(ChromeLabels.isLinkLike("Pay a bill"));
        assertTrue(ChromeLabels.isLinkLike("TTY relay service"));
        assertFalse(ChromeLabels.isLinkLike("311 call center"));
        assertFalse(ChromeLabels.isLinkLike("- Child custody legal aid"));
        assertFalse(ChromeLabels.isLinkLike("Signs to note:"));
        assertFalse(ChromeLabels.isLinkLike("What support does the No Freeze Project offer?"));
        assertFalse(ChromeLabels.isLinkLike("residents and visitors"));
        assertFalse(ChromeLabels.isLinkLike("Minneapolis, City of Lakes"));
        assertFalse(ChromeLabels.isLinkLike("Understanding Prostitution in Willmar: Realities and Resources"));
    }
}
