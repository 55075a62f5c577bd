package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.osgi.framework.Bundle;

/**
 * A view contributed by a bundle appears in the running workbench when the bundle is installed and disappears when
 * it is uninstalled, with no change to the shell. The application runs in this JVM (the same exported run list the
 * launcher boots, configured as {@code factdesk serve} configures it), so the test installs and uninstalls the
 * sample-view bundle through the framework itself: the server offers no endpoint to install bundles, which would let
 * whoever holds an admin session run code in it.
 */
class WorkbenchViewsIT {
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path work;

    private static Path bundles() {
        return Path.of(System.getProperty("factdesk.bundles", "target/export/factdesk"));
    }

    /** The sample-view bundle, built in the same reactor (it is in no run list). */
    private static Path sampleViewJar() throws Exception {
        Path target = FactdeskProcess.seedCorpus().toAbsolutePath().normalize().getParent()
                .resolve("bundles/factdesk.web.sampleview/target");
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().matches("factdesk\\.web\\.sampleview-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("build bundles/factdesk.web.sampleview first"));
        }
    }

    @Test
    void theSampleViewAppearsWhenItsBundleIsInstalledAndDisappearsWhenItIsUninstalled() throws Exception {
        FactdeskProcess.copyCorpus(work.resolve("corpus"));
        assertEquals(0, FactdeskProcess.run(work, "run", "corpus", "--out", "out", "--data", "data").exitCode());
        Files.writeString(work.resolve("pw"), PASSWORD + "\n");
        assertEquals(0, FactdeskProcess.run(work, "user", "add", "root", "--role", "admin", "--password-file", "pw",
                "--data", "data").exitCode());
        int port = Chromium.freePort();
        Path gosh = Files.createDirectories(work.resolve("gosh/etc")).getParent();
        Files.writeString(gosh.resolve("etc/gosh_profile"), ""); // a console without a terminal, as the launcher does it
        Map<String, String> serve = Map.of("gosh.args", "--nointeractive", "gosh.home", gosh.toString(),
                "org.apache.felix.http.enable", "true",
                "org.osgi.service.http.port", Integer.toString(port), "org.apache.felix.http.host", "127.0.0.1",
                "factdesk.data", work.resolve("data").toAbsolutePath().toString());
        HttpClient http = HttpClient.newHttpClient();
        String script = "http://127.0.0.1:" + port + "/views/org.factdesk.web.sampleview/priority-bands.js";
        By sampleView = By.cssSelector("[data-view-id='sample.priority-bands'] #priority-bands svg");
        try (FactdeskRuntime runtime = FactdeskRuntime.start(bundles(), serve, List.of());
             Chromium chromium = Chromium.start()) {
            Workbench page = new Workbench(chromium.driver, port);
            page.signIn("root", PASSWORD);
            page.perspective("Overview");
            page.until(By.cssSelector("#chart-types rect"));
            assertTrue(chromium.driver.findElements(By.cssSelector("[data-view-tab='sample.priority-bands']")).isEmpty());
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(script)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());

            Bundle sample = runtime.framework().getBundleContext().installBundle(sampleViewJar().toUri().toString());
            sample.start();
            page.untilText(By.cssSelector("[data-view-id='sample.priority-bands']"), "flags to review");
            page.until(sampleView);
            assertEquals("Priority bands", chromium.driver.findElement(By.cssSelector("[data-view-tab='sample.priority-bands']")).getText());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(script)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            chromium.screenshot("sample-view-installed");

            sample.uninstall();
            page.untilGone(By.cssSelector("[data-view-tab='sample.priority-bands']"));
            page.until(By.cssSelector("#chart-types rect"));
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(script)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            chromium.screenshot("sample-view-uninstalled");
        }
    }
}
