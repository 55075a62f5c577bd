package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The framework properties the launcher sets for {@code serve}, before the framework starts. */
class WebPropertiesTest {
    @Test
    void serveListensOnThisMachineOnlyByDefault() {
        Map<String, String> p = FactdeskLauncher.webProperties(new String[] {"serve"});
        assertEquals("true", p.get("org.apache.felix.http.enable"));
        assertEquals("8080", p.get("org.osgi.service.http.port"));
        assertEquals("127.0.0.1", p.get("org.apache.felix.http.host"));
        assertEquals(Path.of(".factdesk").toAbsolutePath().normalize().toString(), p.get("factdesk.data"));
        assertEquals("false", p.get("org.apache.felix.http.jetty.sendServerHeader"));
    }

    @Test
    void serveTakesPortHostAndData() {
        Map<String, String> p = FactdeskLauncher.webProperties(new String[] {"serve", "--port", "18080", "--host=0.0.0.0",
                "--data", "ws"});
        assertEquals("18080", p.get("org.osgi.service.http.port"));
        assertEquals("0.0.0.0", p.get("org.apache.felix.http.host"));
        assertEquals(Path.of("ws").toAbsolutePath().normalize().toString(), p.get("factdesk.data"));
    }

    @Test
    void everyOtherCommandRunsWithoutAnHttpServer() {
        for (String[] args : new String[][] {{"run", "corpus"}, {}, {"shell"}, {"user", "add", "root", "--port", "1"}}) {
            Map<String, String> p = FactdeskLauncher.webProperties(args);
            assertEquals("false", p.get("org.apache.felix.http.enable"), String.join(" ", args));
            assertFalse(p.containsKey("org.osgi.service.http.port"));
        }
    }

    @Test
    void aMalformedServeCommandLineLeavesTheServerOffForTheCommandToExplain() {
        for (String[] args : new String[][] {{"serve", "--port", "http"}, {"serve", "--port", "0"}, {"serve", "--port"},
                {"serve", "--bind", "x"}, {"serve", "extra"}}) {
            assertEquals("false", FactdeskLauncher.webProperties(args).get("org.apache.felix.http.enable"), String.join(" ", args));
        }
    }
}
