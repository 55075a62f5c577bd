package org.factdesk.web.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The small pieces of the HTTP layer: headers, Host check, static file rules, path and query parsing. */
class HttpBitsTest {
    @Test
    void thePolicyAllowsOnlyThisOriginAndNoInlineScript() {
        String csp = SecurityHeaders.HEADERS.get("Content-Security-Policy");
        for (String directive : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "connect-src 'self'")) {
            assertTrue(csp.contains(directive), directive);
        }
        assertFalse(csp.contains("unsafe-inline"));
        assertFalse(csp.contains("unsafe-eval"));
        assertEquals("nosniff", SecurityHeaders.HEADERS.get("X-Content-Type-Options"));
        assertEquals("no-referrer", SecurityHeaders.HEADERS.get("Referrer-Policy"));
        assertEquals("DENY", SecurityHeaders.HEADERS.get("X-Frame-Options"));
    }

    @Test
    void onALoopbackAddressOnlyLoopbackHostNamesAreAnswered() {
        assertTrue(SecurityHeaders.hostAllowed("127.0.0.1", "127.0.0.1:8080"));
        assertTrue(SecurityHeaders.hostAllowed("127.0.0.1", "localhost:8080"));
        assertTrue(SecurityHeaders.hostAllowed("127.0.0.1", "[::1]:8080"));
        assertFalse(SecurityHeaders.hostAllowed("127.0.0.1", "evil.example:8080"), "DNS rebinding");
        assertFalse(SecurityHeaders.hostAllowed("127.0.0.1", "127.0.0.1.evil.example"));
        assertFalse(SecurityHeaders.hostAllowed("127.0.0.1", null));
        assertTrue(SecurityHeaders.hostAllowed("0.0.0.0", "factdesk.example.org"), "served on purpose elsewhere");
    }

    @Test
    void onlyPlainRelativePathsOfKnownTypesAreServed() {
        assertEquals("text/javascript;charset=utf-8", StaticFiles.contentType("review-queue.js"));
        assertEquals("text/css;charset=utf-8", StaticFiles.contentType("app/shell.css"));
        assertEquals("image/svg+xml", StaticFiles.contentType("favicon.svg"));
        for (String bad : new String[] {"../secret.js", "a/../../b.js", "/etc/passwd", ".hidden.js", "x.class",
                "OSGI-INF/a.xml", "a//b.js", "a\\b.js", "x.js%00.png", ""}) {
            assertNull(StaticFiles.contentType(bad), bad);
        }
        assertNull(StaticFiles.contentType(null));
    }

    @Test
    void pathsAndQueriesAreSplitAndDecoded() {
        assertEquals(List.of("flags", "fd-1", "review"), ApiServlet.segments("/flags/fd-1/review/"));
        assertEquals(List.of(), ApiServlet.segments(""));
        Map<String, List<String>> q = ApiServlet.query("q=hotline+AND+%22text+HELP%22&type=phone&type=claim&flag");
        assertEquals(List.of("hotline AND \"text HELP\""), q.get("q"));
        assertEquals(List.of("phone", "claim"), q.get("type"));
        assertEquals(List.of(""), q.get("flag"));
        assertEquals(400, org.junit.jupiter.api.Assertions.assertThrows(ApiException.class, () -> ApiServlet.query("q=%zz")).status());
    }
}
