package org.factdesk.detector.boilerplate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdesk.detector.boilerplate.internal.Verdict.Strength;
import org.junit.jupiter.api.Test;

class ChromeLabelsTest {
    /** One judge for all blocks, as for a document: its reused matchers must not carry anything over. */
    private static final ChromeLabels LABELS = new ChromeLabels();

    private static Verdict chrome(ChromeKind kind) {
        return new Verdict(Strength.CHROME, kind);
    }

    private static Verdict label(ChromeKind kind) {
        return new Verdict(Strength.LABEL, kind);
    }

    @Test
    void chromeByItsOwnText() {
        assertEquals(chrome(ChromeKind.COMMENTS), LABELS.judge("Leave a Reply"));
        assertEquals(chrome(ChromeKind.COMMENTS), LABELS.judge("Comments are closed."));
        assertEquals(chrome(ChromeKind.NAVIGATION), LABELS.judge("Skip to main content"));
        assertEquals(chrome(ChromeKind.NAVIGATION), LABELS.judge("Print this page"));
        assertEquals(chrome(ChromeKind.NAVIGATION), LABELS.judge("Previous post: Safe Harbor turns ten"));
        assertEquals(chrome(ChromeKind.SOCIAL), LABELS.judge("Share on Facebook"));
        assertEquals(chrome(ChromeKind.SOCIAL), LABELS.judge("Follow us on Instagram and TikTok"));
        assertEquals(chrome(ChromeKind.SOCIAL), LABELS.judge("Facebook | Twitter | YouTube"));
        assertEquals(chrome(ChromeKind.CATEGORY), LABELS.judge("Categories MinnesotaState Regulations and Laws"));
        assertEquals(chrome(ChromeKind.CATEGORY), LABELS.judge("Filed under: Ohio, Human trafficking"));
        assertEquals(chrome(ChromeKind.LOGO), LABELS.judge("Minneapolis, City of Lakes logo"));
        assertEquals(chrome(ChromeKind.LOGO), LABELS.judge("Logo of the Minnesota Department of Health"));
        assertEquals(chrome(ChromeKind.LEGAL), LABELS.judge("Copyright © 2021 Breaking Free"));
        assertEquals(chrome(ChromeKind.LEGAL), LABELS.judge("(c) 2019 Hennepin County"));
        assertEquals(chrome(ChromeKind.COOKIE), LABELS.judge("We use cookies to analyse traffic."));
    }

    @Test
    void knownLabelsNeedCompany() {
        assertEquals(label(ChromeKind.COMMENTS), LABELS.judge("Comments"));
        assertEquals(label(ChromeKind.NAVIGATION), LABELS.judge("Contact us"));
        assertEquals(label(ChromeKind.NAVIGATION), LABELS.judge("» Read more"));
        assertEquals(label(ChromeKind.SOCIAL), LABELS.judge("Facebook"));
        assertEquals(label(ChromeKind.LEGAL), LABELS.judge("Privacy Policy"));
        assertEquals(label(ChromeKind.CATEGORY), LABELS.judge("Tags:"));
        assertEquals(label(ChromeKind.NAVIGATION), LABELS.judge("> CONTACT US |"));
        assertEquals(label(ChromeKind.NAVIGATION), LABELS.judge("Español"));
        // folding is not lower-casing outside ASCII: "ſhare" with a long s is not the label "share"
        assertEquals(Verdict.CONTENT, LABELS.judge("\u017Fhare"));
    }

    @Test
    void contentIsNotChrome() {
        assertEquals(Verdict.CONTENT, LABELS.judge("Is prostitution legal in Willmar, Minnesota?"));
        assertEquals(Verdict.CONTENT, LABELS.judge("Family Promise of Kandiyohi County: STI testing, addiction counseling"));
        assertEquals(Verdict.CONTENT, LABELS.judge("For reasonable accommodations or alternative formats, contact 311."));
        assertEquals(Verdict.CONTENT, LABELS.judge("TTY users can call 612-673-2157 or 612-673-2626."));
        assertEquals(Verdict.CONTENT, LABELS.judge("Published Jan 16, 2013"));
        assertEquals(Verdict.CONTENT, LABELS.judge("Traffickers recruit on Facebook and Instagram."));
        assertEquals(Verdict.CONTENT, LABELS.judge("Facebook, Instagram and Snapchat"));
        assertEquals(Verdict.CONTENT, LABELS.judge("Categories of trafficking include labor and sex trafficking."));
        assertEquals(Verdict.CONTENT, LABELS.judge("Copyright law protects the report's photographs."));
        assertEquals(Verdict.CONTENT, LABELS.judge("x".repeat(ChromeLabels.MAX_CHROME_LENGTH + 1) + " logo"));
    }

    @Test
    void onlyAPatternWhoseEveryMatchBeginsTheTextIsAnchored() {
        assertTrue(ChromeLabels.isAnchoredAtStart("^cancel reply$"));
        assertTrue(ChromeLabels.isAnchoredAtStart("^(?:share|post) (?:on|to) [\\w ]{1,30}$"));
        assertTrue(ChromeLabels.isAnchoredAtStart("^(?:©|\\(c\\)\\s*(?:19|20)\\d\\d)"));
        assertFalse(ChromeLabels.isAnchoredAtStart("required fields are marked"));
        assertFalse(ChromeLabels.isAnchoredAtStart("^leave a reply|cancel reply"));
        assertFalse(ChromeLabels.isAnchoredAtStart("^\\(c\\)|copyright"));
        // unsure: a class with a bracket or a bar in it
        assertFalse(ChromeLabels.isAnchoredAtStart("^[(]x|y"));
        assertFalse(ChromeLabels.isAnchoredAtStart("^[|]x"));
    }

    @Test
    void linkLikeLabels() {
        assertTrue(ChromeLabels.isLinkLike("Pay a bill"));
        assertTrue(ChromeLabels.isLinkLike("TTY relay service"));
        assertTrue(ChromeLabels.isLinkLike("About  this\tsite for you"));
        assertFalse(ChromeLabels.isLinkLike("About this site for all of you"));
        assertFalse(ChromeLabels.isLinkLike("• Food shelf"));
        assertFalse(ChromeLabels.isLinkLike("1. Apply"));
        assertFalse(ChromeLabels.isLinkLike("311 call center"));
        assertFalse(ChromeLabels.isLinkLike("- Child custody legal aid"));
        assertFalse(ChromeLabels.isLinkLike("Signs to note:"));
        assertFalse(ChromeLabels.isLinkLike("What support does the No Freeze Project offer?"));
        assertFalse(ChromeLabels.isLinkLike("residents and visitors"));
        assertFalse(ChromeLabels.isLinkLike("Minneapolis, City of Lakes"));
        assertFalse(ChromeLabels.isLinkLike("Understanding Prostitution in Willmar: Realities and Resources"));
    }
}
