package org.factdesk.detector.boilerplate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.parser.text.testing.ParsedDocuments;
import org.junit.jupiter.api.Test;

class BoilerplateDetectorTest {
    private final BoilerplateDetector detector = new BoilerplateDetector();

    /** Each finding as "kind | its blocks, joined by //". */
    private List<String> found(AnalyzedDocument doc) {
        return detector.detect(doc).stream()
                .map(f -> f.normalized() + " | " + doc.text().substring(f.start(), f.end()).replace("\n\n", " // ")).toList();
    }

    private List<String> found(String raw) {
        return found(ParsedDocuments.of(raw));
    }

    @Test
    void seedBlogPostEndsWithACommentForm() {
        AnalyzedDocument doc = ParsedDocuments.seed("001_927abdd348d19e06.txt");
        assertEquals(List.of("comments | Comments // No comments yet. Why don’t you start the discussion? // Leave a Reply"
                + " // Your email address will not be published. Required fields are marked *"), found(doc));
        Finding f = detector.detect(doc).getFirst();
        assertEquals(FlagTypes.BOILERPLATE, f.type());
        assertEquals(0.05, f.priority());
        assertEquals(Map.of("kind", "comments", "blocks", "4"), f.attributes());
        assertEquals(doc.text().length(), f.end());
    }

    @Test
    void seedQaPageStartsWithACategoryLine() {
        AnalyzedDocument doc = ParsedDocuments.seed("002_0e5a6c75ee419f49.txt");
        assertEquals(List.of("category | Categories MinnesotaState Regulations and Laws"), found(doc));
        assertEquals(0, detector.detect(doc).getFirst().start());
    }

    @Test
    void seedCityPageFooterKeepsItsContactLines() {
        AnalyzedDocument doc = ParsedDocuments.seed("003_89172be8a9d527d6.txt");
        assertEquals(List.of(
                "navigation | Contact us // Email updates // Find a service // About this site // For employees",
                "social | City of Minneapolis Facebook City of Minneapolis Twitter City of Minneapolis YouTube ChaNNEL"
                        + " Minneapolis 311 Minneapolis 14 Government TV City of Minneapolis LinkedIn",
                "logo | Minneapolis, City of Lakes logo"), found(doc));
        for (Finding f : detector.detect(doc)) {
            String flagged = doc.text().substring(f.start(), f.end());
            assertTrue(!flagged.contains("612-673") && !flagged.contains("Published"), flagged);
        }
    }

    @Test
    void seedPagesWithoutChrome() {
        assertEquals(List.of(), found(ParsedDocuments.seed("000_76fc4e1531144b50.txt")));
        assertEquals(List.of(), found(ParsedDocuments.seed("004_9a1e396f60b61b24.txt")));
    }

    @Test
    void wordPressPostWithShareButtonsTagsAndCommentForm() {
        String page = """
                Skip to content

                Human Trafficking Awareness Month in Des Moines

                Posted in News, Iowa

                Polk County advocates held three trainings this January for hotel staff, bus drivers and school \
                nurses. Call the Iowa Victim Service Call Center at 800-770-1650 for confidential help.

                Share this:

                Facebook

                Twitter

                Email

                Like this:

                Like Loading...

                Tags: Des Moines, Safe Harbor, hotels

                3 thoughts on “Human Trafficking Awareness Month in Des Moines”

                Thank you for posting this. The training at our motel on Euclid Avenue changed how staff see guests.

                Leave a Reply Cancel reply

                Your email address will not be published. Required fields are marked *

                Comment *

                Name *

                Email *

                Website

                Save my name, email, and website in this browser for the next time I comment.

                Post Comment

                This site uses Akismet to reduce spam. Learn how your comment data is processed.
                """;
        assertEquals(List.of(
                "navigation | Skip to content",
                "category | Posted in News, Iowa",
                "social | Share this: // Facebook // Twitter // Email // Like this: // Like Loading...",
                "category | Tags: Des Moines, Safe Harbor, hotels",
                "comments | 3 thoughts on “Human Trafficking Awareness Month in Des Moines”",
                "comments | Leave a Reply Cancel reply // Your email address will not be published. Required fields are"
                        + " marked * // Comment * // Name * // Email * // Website // Save my name, email, and website in"
                        + " this browser for the next time I comment. // Post Comment // This site uses Akismet to reduce"
                        + " spam. Learn how your comment data is processed."), found(page));
        assertEquals("9", detector.detect(ParsedDocuments.of(page)).getLast().attributes().get("blocks"));
    }

    @Test
    void countyPageFooterWithUnknownLinksAmongKnownOnes() {
        String page = """
                Ramsey County Sheriff's Office: Human Trafficking Unit

                The unit investigates sex trafficking of adults and minors across the county and works with Safe \
                Harbor regional navigators.

                Contact

                Reach the unit at 651-266-9300, or email the duty sergeant through the county directory.

                Home

                Residents

                Businesses

                Departments

                Pay a bill

                Accessibility

                Privacy policy

                Translate

                © 2024 Ramsey County, Minnesota. All rights reserved.

                Ramsey County logo
                """;
        assertEquals(List.of(
                "navigation | Home // Residents // Businesses // Departments // Pay a bill // Accessibility // Privacy"
                        + " policy // Translate",
                "legal | © 2024 Ramsey County, Minnesota. All rights reserved.",
                "logo | Ramsey County logo"), found(page));
    }

    @Test
    void cookieNoticeWithItsButtons() {
        String page = """
                Safe Harbor services in Duluth are free and confidential for youth up to age 24.

                This website uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies.

                Accept

                Cookie settings
                """;
        assertEquals(List.of("cookie | This website uses cookies to improve your experience. By continuing to browse,"
                + " you agree to our use of cookies. // Accept // Cookie settings"), found(page));
    }

    @Test
    void contentThatMerelyLooksShortStaysContent() {
        String page = """
                Is prostitution legal in Willmar, Minnesota?

                No—prostitution is illegal throughout Minnesota under state statutes 609.321-324.

                Kandiyohi County Human Services administers the “Pathways” program with individualized case management including:

                - GED assistance and vocational rehab
                - Expungement clinics for prostitution records
                - Child custody legal aid

                Partner organizations

                Breaking Free

                The Link

                Safe Avenues

                Comments

                Public testimony on the 2011 Safe Harbor bill ran for three hearings in St. Paul.

                Traffickers recruit on Facebook and Instagram.

                Facebook, Instagram and Snapchat

                Categories of trafficking include labor trafficking and sex trafficking.

                For reasonable accommodations or alternative formats, contact 311.

                TTY users can call 612-673-2157 or 612-673-2626.

                311 call center
                """;
        assertEquals(List.of(), found(page));
    }

    @Test
    void aLoneLabelAtTheVeryEndIsChrome() {
        assertEquals(List.of("navigation | Print"), found("The Fargo shelter opens at 8 p.m. every night.\n\nPrint"));
    }

    @Test
    void emptyHugeAndUnstructuredDocuments() {
        assertEquals(List.of(), detector.detect(new AnalyzedDocument("e.txt", "", List.of(), List.of(), ParsedDocuments.AS_OF)));
        String huge = "Leave a Reply ".repeat(300_000);
        AnalyzedDocument one = new AnalyzedDocument("h.txt", huge, List.of(Block.of(0, huge.length(), BlockKind.OTHER)),
                List.of(), ParsedDocuments.AS_OF);
        assertEquals(List.of(), detector.detect(one));
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            int start = text.length();
            text.append(i % 2 == 0 ? "Contact us" : "Email updates").append("\n\n");
            blocks.add(Block.of(start, start + (i % 2 == 0 ? 10 : 13), BlockKind.LIST_ITEM));
        }
        AnalyzedDocument many = new AnalyzedDocument("m.txt", text.toString(), blocks, List.of(), ParsedDocuments.AS_OF);
        List<Finding> findings = assertTimeout(Duration.ofSeconds(20), () -> detector.detect(many));
        assertEquals(1, findings.size());
        assertEquals("50000", findings.getFirst().attributes().get("blocks"));
    }
}
