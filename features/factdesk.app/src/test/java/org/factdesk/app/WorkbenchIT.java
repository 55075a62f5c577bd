package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The workbench end to end: {@code factdesk serve} in a child JVM over a workspace built by {@code factdesk run}
 * from the seed corpus plus two hostile documents, driven in headless Chromium. An admin adds users in the browser,
 * an editor reviews with the keyboard, a viewer is refused, hostile documents run no script. The tests run in
 * order and share the server, the workspace and the browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT_PASSWORD = "correct horse battery staple";
    private static final String ANA_PASSWORD = "ana reviews hotlines";
    private static final String VIC_PASSWORD = "vic only reads";
    private static final String XSS_TXT = """
            Community help line

            Call the Safe Harbor line at 612-555-0142 <img src=x onerror="window.__xss='txt-img';alert('txt-img')"> for support.

            <script>window.__xss='txt-script';alert('txt-script')</script> The shelter number is 651-555-0199.
            """;
    private static final String XSS_HTML = """
            <html><head><title>Resources <script>window.__xss='title'</script></title></head><body>
            <h1>Resources &lt;img src=x onerror=alert('heading')&gt;</h1>
            <p>Call 612-555-0177 <img src=x onerror="window.__xss='img';alert('img')"> now.</p>
            <script>window.__xss='script'; alert('script')</script>
            <p>Text &lt;script&gt;window.__xss='escaped'&lt;/script&gt; to 612-555-0188 for help.</p>
            <a href="javascript:alert('link')" onclick="window.__xss='click'">Shelter list</a>
            </body></html>
            """;

    private Path work;
    private WorkbenchServer server;
    private Chromium chromium;
    private Workbench page;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Long> reviewMillis = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        work = Files.createTempDirectory("factdesk-workbench-it-");
        FactdeskProcess.copyCorpus(work.resolve("corpus"));
        Files.createDirectories(work.resolve("corpus/web"));
        Files.writeString(work.resolve("corpus/web/xss.txt"), XSS_TXT);
        Files.writeString(work.resolve("corpus/web/xss.html"), XSS_HTML);
        run("run", "corpus", "--out", "out", "--data", "data");
        Files.writeString(work.resolve("root.pw"), ROOT_PASSWORD + "\n");
        FactdeskProcess.Result added = run("user", "add", "root", "--role", "admin", "--password-file", "root.pw", "--data", "data");
        assertTrue(added.out().contains("added root (admin)"), added.out());
        server = WorkbenchServer.start(work, "data", Chromium.freePort());
        assertTrue(server.out().contains("Factdesk workbench at http://127.0.0.1:" + server.port + "/"), server.out());
        chromium = Chromium.start();
        page = new Workbench(chromium.driver, server.port);
    }

    @AfterAll
    void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            int code = server.stop();
            System.out.println("factdesk serve stopped with exit code " + code + " after SIGTERM");
            assertNotEquals(-1, code, "the server stops on a signal: " + server.err());
        }
        if (work != null) {
            try (java.util.stream.Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        if (!reviewMillis.isEmpty()) {
            List<Long> sorted = reviewMillis.stream().sorted().toList();
            System.out.println("review action round trips in the browser (ms): " + reviewMillis + "; median "
                    + sorted.get(sorted.size() / 2) + ", max " + sorted.get(sorted.size() - 1));
        }
    }

    private FactdeskProcess.Result run(String... args) throws Exception {
        FactdeskProcess.Result r = FactdeskProcess.run(work, args);
        assertEquals(0, r.exitCode(), () -> String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port + path;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in over HTTP; returns {cookie, csrf}. */
    private String[] signInOverHttp(String name, String password) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/api/session")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}")));
        assertEquals(200, r.statusCode(), r.body());
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return new String[] {setCookie.substring(0, setCookie.indexOf(';')), JSON.readTree(r.body()).get("csrf").asText()};
    }

    private static String phoneFlag(Path flags, String doc, String text) throws Exception {
        for (String line : Files.readAllLines(flags)) {
            JsonNode f = JSON.readTree(line);
            if (f.get("type").asText().equals("phone") && f.get("doc").asText().equals(doc) && f.get("text").asText().equals(text)) {
                return f.get("id").asText();
            }
        }
        throw new AssertionError("no phone flag " + text + " in " + doc);
    }

    @Test
    @Order(1)
    void theServerSendsAStrictPolicyAndRefusesAnonymousCalls() throws Exception {
        HttpResponse<String> shell = send(HttpRequest.newBuilder(URI.create(url("/"))));
        assertEquals(200, shell.statusCode());
        String csp = shell.headers().firstValue("Content-Security-Policy").orElseThrow();
        for (String d : List.of("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                "base-uri 'none'")) {
            assertTrue(csp.contains(d), csp);
        }
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", shell.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-referrer", shell.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(shell.headers().firstValue("Server").isEmpty(), "no server banner");

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(url("/api/flags"))));
        assertEquals(401, anonymous.statusCode());
        assertEquals("{\"error\":\"sign in first\"}", anonymous.body());
        HttpResponse<String> openapi = send(HttpRequest.newBuilder(URI.create(url("/api/openapi.yaml"))));
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().startsWith("openapi: 3.1.0"), openapi.body());
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(url("/api/session")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=root&password=x")));
        assertEquals(415, form.statusCode(), "no HTML form can post to the API");

        try (Socket s = new Socket("127.0.0.1", server.port)) {
            OutputStream o = s.getOutputStream();
            o.write("GET /api/flags HTTP/1.1\r\nHost: rebound.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.1 421"), "a DNS-rebound host name is refused: " + answer);
        }

        String[] root = signInOverHttp("root", ROOT_PASSWORD);
        String flag = phoneFlag(work.resolve("data/flags.jsonl"), "seed/000_76fc4e1531144b50.txt", "320-235-2244");
        HttpResponse<String> noToken = send(HttpRequest.newBuilder(URI.create(url("/api/flags/" + flag + "/review")))
                .header("Cookie", root[0]).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"verdict\":\"not-a-claim\",\"version\":0}")));
        assertEquals(403, noToken.statusCode(), "no CSRF token, no decision");
        assertEquals("{\"error\":\"missing or wrong CSRF token (X-CSRF-Token)\"}", noToken.body());
    }

    @Test
    @Order(2)
    void repeatedFailedSignInsAreThrottled() throws Exception {
        String body = "{\"name\":\"mallory\",\"password\":\"guess-guess\"}";
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/api/session")))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(401, r.statusCode(), "attempt " + (i + 1));
            assertEquals("{\"error\":\"wrong name or password\"}", r.body());
        }
        HttpResponse<String> sixth = send(HttpRequest.newBuilder(URI.create(url("/api/session")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(429, sixth.statusCode(), sixth.body());
        long retry = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry > 800 && retry <= 900, "about 15 minutes: " + retry);
    }

    @Test
    @Order(3)
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/api/session")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"root\",\"password\":\"" + ROOT_PASSWORD + "\"}")));
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("fd_session="), cookie);
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP on 127.0.0.1: " + cookie);
    }

    @Test
    @Order(4)
    void anAdminAddsAnEditorAndAViewerInTheBrowser() throws Exception {
        page.signIn("root", ROOT_PASSWORD);
        assertEquals(Boolean.TRUE, page.script("return document.cookie === ''"), "the session cookie is out of the page's reach");
        page.perspective("Users");
        addUser("ana", "editor", ANA_PASSWORD);
        addUser("vic", "viewer", VIC_PASSWORD);
        page.untilText(By.cssSelector("#users tr[data-user='vic']"), "vic");
        String users = Files.readString(work.resolve("data/users.json"));
        assertTrue(users.contains("\"name\" : \"ana\"") && users.contains("\"role\" : \"editor\""), users);
        assertFalse(users.contains(ANA_PASSWORD), "only hashes are stored");
        chromium.screenshot("users");
        page.signOut();
    }

    private void addUser(String name, String role, String password) {
        WebElement field = page.until(By.id("user-name"));
        field.sendKeys(name);
        new Select(chromium.driver.findElement(By.id("user-role"))).selectByValue(role);
        chromium.driver.findElement(By.id("user-password")).sendKeys(password);
        chromium.driver.findElement(By.cssSelector("#user-add button[type=submit]")).click();
        page.until(By.cssSelector("#users tr[data-user='" + name + "']"));
    }

    @Test
    @Order(5)
    void anEditorMovesThroughFlagsWithTheKeyboardAndRecordsAVerdictWithEvidence() throws Exception {
        page.signIn("ana", ANA_PASSWORD);
        page.click(By.cssSelector("[data-view-id='review.navigator'] li[data-path='seed/000_76fc4e1531144b50.txt']"));
        page.untilText(By.cssSelector("[data-view-id='review.document'] h2"), "Understanding Prostitution in Willmar");

        new Select(chromium.driver.findElement(By.id("queue-type"))).selectByValue("phone");
        String first = page.move("j");
        String second = page.move("j");
        assertNotEquals(first, second);
        assertEquals(first, page.move("k"), "k goes back");
        page.until(By.cssSelector("#document-text .fl.current"));

        WebElement filter = chromium.driver.findElement(By.id("queue-filter"));
        filter.sendKeys("+18883737888"); // the normalized value: the text would also match its neighbours' sentence
        String flag = page.move("j");
        page.untilText(By.id("inspector-normalized"), "+18883737888");
        page.until(By.cssSelector("#evidence-candidates li"));
        page.press("e");
        page.untilText(By.cssSelector("#evidence-candidates li.chosen"), "supports");
        String evidence = chromium.driver.findElement(By.id("review-evidence")).getDomProperty("value");
        assertTrue(evidence.startsWith("https://humantraffickinghotline.org/"), evidence);
        page.press("v");
        page.untilText(By.id("status"), "Recorded verified on 888-373-7888 as ana");
        reviewMillis.add(lastReviewMillis());
        page.inspectorShows(page.selectedFlag()); // on to the next flag
        chromium.screenshot("review-after-verdict");

        page.perspective("Hotlines");
        By row = By.cssSelector("[data-view-id='hotlines'] tr[data-id='" + flag + "']");
        page.untilText(row, "verified");
        String rowText = chromium.driver.findElement(row).getText();
        assertTrue(rowText.contains(LocalDate.now(ZoneOffset.UTC) + " · ana"), rowText);
        assertTrue(rowText.contains("National Human Trafficking Hotline"), rowText);
        chromium.screenshot("hotlines");

        page.click(row);
        page.inspectorShows(flag);
        page.untilText(By.id("history"), "by ana");
        page.until(By.cssSelector("#document-text .fl.current"));
        page.until(By.cssSelector("[data-view-id='review.queue'] tbody tr"));
        chromium.screenshot("review");
        String history = chromium.driver.findElement(By.id("history")).getText();
        assertTrue(history.contains("verified") && history.contains(evidence), history);
        FactdeskProcess.Result cli = run("history", flag, "--data", "data");
        assertTrue(cli.out().contains("verified     by ana"), "the command line sees the same decision: " + cli.out());
    }

    private long lastReviewMillis() {
        return Long.parseLong(chromium.driver.findElement(By.cssSelector("[data-view-id='review.inspector']"))
                .getDomAttribute("data-last-review-ms"));
    }

    @Test
    @Order(6)
    void aReviewActionAnswersWithin50Milliseconds() throws Exception {
        page.perspective("Review");
        new Select(page.until(By.id("queue-type"))).selectByValue("phone");
        String today = LocalDate.now().toString();
        for (int i = 0; i < 6; i++) {
            String flag = page.move("j");
            page.press("e");
            WebElement evidence = chromium.driver.findElement(By.id("review-evidence"));
            if (evidence.getDomProperty("value").isEmpty()) {
                evidence.sendKeys("https://www.example.org/directory (read " + today + ")");
            }
            String status = chromium.driver.findElement(By.id("status")).getText();
            page.press("d");
            page.until(d -> !d.findElement(By.id("status")).getText().equals(status));
            assertTrue(chromium.driver.findElement(By.id("status")).getText().startsWith("Recorded disputed"),
                    flag + ": " + chromium.driver.findElement(By.id("status")).getText());
            reviewMillis.add(lastReviewMillis());
        }
        List<Long> measured = reviewMillis.stream().sorted().toList();
        long median = measured.get(measured.size() / 2);
        System.out.println("review action, browser round trip: median " + median + " ms of " + measured);
        assertTrue(median <= 50, "a review action answers within 50 ms; measured " + measured);
    }

    @Test
    @Order(7)
    void aViewerCannotRecordAVerdictAndThePageSaysSo() throws Exception {
        page.signOut();
        page.signIn("vic", VIC_PASSWORD);
        new Select(page.until(By.id("queue-type"))).selectByValue("phone");
        String flag = page.move("j");
        page.untilText(By.id("review-role-notice"), "only editors record verdicts");
        page.press("e");
        WebElement evidence = chromium.driver.findElement(By.id("review-evidence"));
        if (evidence.getDomProperty("value").isEmpty()) {
            evidence.sendKeys("https://www.example.org/directory (read " + LocalDate.now() + ")");
        }
        page.press("v");
        page.untilText(By.id("review-message"), "Not allowed: your role (viewer) may not record decisions: editors may");
        chromium.screenshot("viewer-refused");

        String[] vic = signInOverHttp("vic", VIC_PASSWORD);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/api/flags/" + flag + "/review")))
                .header("Cookie", vic[0]).header("X-CSRF-Token", vic[1]).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"verdict\":\"verified\",\"evidence\":\"doc:seed/004_9a1e396f60b61b24.txt#0-40\",\"version\":0}")));
        assertEquals(403, r.statusCode());
        assertEquals("{\"error\":\"your role (viewer) may not record decisions: editors may\"}", r.body());
        FactdeskProcess.Result history = run("history", flag, "--data", "data");
        assertFalse(history.out().contains("by vic"), history.out());
    }

    @Test
    @Order(8)
    void hostileDocumentsAreShownAsTextAndRunNoScript() throws Exception {
        for (String doc : List.of("web/xss.html", "web/xss.txt")) {
            page.perspective("Review");
            page.click(By.cssSelector("[data-view-id='review.navigator'] li[data-path='" + doc + "']"));
            page.untilText(By.cssSelector("[data-view-id='review.document'] .muted"), doc);
            String shown = page.until(By.id("document-text")).getText();
            if (doc.endsWith(".txt")) {
                assertTrue(shown.contains("<img src=x onerror=\"window.__xss='txt-img';alert('txt-img')\">"), shown);
                assertTrue(shown.contains("<script>window.__xss='txt-script';alert('txt-script')</script>"), shown);
            } else {
                assertTrue(shown.contains("Text <script>window.__xss='escaped'</script> to 612-555-0188"), shown);
                assertFalse(shown.contains("alert('script')"), "the HTML parser dropped the real script: " + shown);
            }
            assertEquals(0L, page.script("return document.querySelectorAll('#document-text *:not(span)').length"),
                    "nothing but text and highlight spans");
            page.press("j");
            Thread.sleep(300);
            assertEquals("undefined", page.script("return typeof window.__xss"), doc);
            page.assertNoAlert();
        }
        page.press("/");
        WebElement query = page.until(By.id("search-query"));
        query.sendKeys("onerror OR script\n");
        page.until(By.cssSelector("#search-hits li mark.hit"));
        assertEquals("undefined", page.script("return typeof window.__xss"));
        page.assertNoAlert();
        chromium.screenshot("hostile-documents");
    }

    @Test
    @Order(9)
    void searchTakesLuceneSyntaxAndFiltersByFlagTypeAndStatus() throws Exception {
        page.perspective("Overview");
        page.press("/");
        WebElement query = page.until(By.id("search-query"));
        page.until(d -> query.equals(d.switchTo().activeElement()));
        query.clear();
        query.sendKeys("hotline AND Willmar\n");
        page.untilText(By.id("search-summary"), "passages");
        List<WebElement> marks = chromium.driver.findElements(By.cssSelector("#search-hits mark.hit"));
        assertFalse(marks.isEmpty());
        assertTrue(marks.stream().allMatch(m -> List.of("hotline", "willmar").contains(m.getText().toLowerCase(Locale.ROOT))),
                marks.stream().map(WebElement::getText).toList().toString());
        new Select(chromium.driver.findElement(By.id("search-type"))).selectByValue("phone");
        new Select(chromium.driver.findElement(By.id("search-status"))).selectByValue("verified");
        page.untilText(By.id("search-summary"), "1 passages in 1 documents");
        assertTrue(chromium.driver.findElement(By.id("search-hits")).getText().contains("888-373-7888"));
        query.clear();
        query.sendKeys("hotline AND (\n");
        page.untilText(By.cssSelector("[data-view-id='review.search'] .error"), "q:");
        chromium.screenshot("search");
    }

    @Test
    @Order(10)
    void theOtherPerspectivesShowTheirData() throws Exception {
        page.press("?");
        assertTrue(page.until(By.id("help")).isDisplayed());
        page.press(Workbench.escape());
        page.until(d -> !d.findElement(By.id("help")).isDisplayed());

        page.perspective("Overview");
        page.until(By.cssSelector("#chart-types rect"));
        page.until(By.cssSelector("#chart-documents rect"));
        chromium.screenshot("overview");
        page.perspective("Sources");
        page.untilText(By.id("registry"), "National Human Trafficking Hotline");
        page.untilText(By.cssSelector("[data-view-id='sources'] table"), "primary");
        chromium.screenshot("sources");
        page.perspective("Export");
        assertNotNull(page.until(By.id("export-run")).getDomAttribute("disabled"), "viewers do not run exports");
        page.untilText(By.id("export-last"), "No export yet");
        assertFalse(chromium.driver.findElements(By.cssSelector("[data-perspective='Users']")).size() > 0,
                "only admins see the Users perspective");

        page.signOut();
        page.signIn("root", ROOT_PASSWORD);
        page.perspective("Export");
        page.click(By.id("export-run"));
        page.untilText(By.id("status"), "Exported");
        page.untilText(By.id("export-changes"), "Added");
        assertTrue(Files.isRegularFile(work.resolve("data/export/changes.json")));
        chromium.screenshot("export");
    }
}
