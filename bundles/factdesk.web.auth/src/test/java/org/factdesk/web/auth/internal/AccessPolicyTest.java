package org.factdesk.web.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    private static final String JSON = "application/json; charset=utf-8";
    private final Sessions.Session session = new Sessions(new SecureRandom(),
            new MutableClock(Instant.parse("2026-11-23T10:00:00Z"))).open("ana");

    private AccessPolicy.Outcome check(String method, String path, boolean signedIn, String csrf, String type, boolean body) {
        return AccessPolicy.check(method, path, signedIn ? Optional.of(session) : Optional.empty(), csrf, type, body);
    }

    @Test
    void signingInAndTheApiDescriptionNeedNoSession() {
        assertTrue(check("POST", "/api/session", false, null, JSON, true).allowed());
        assertTrue(check("GET", "/api/openapi.yaml", false, null, null, false).allowed());
    }

    @Test
    void everythingElseNeedsASession() {
        for (String path : new String[] {"/api/flags", "/api/session", "/api/documents", "/api/users", "/api/views/x/y"}) {
            AccessPolicy.Outcome o = check("GET", path, false, null, null, false);
            assertFalse(o.allowed(), path);
            assertEquals(401, o.status(), path);
        }
        assertEquals(401, check("DELETE", "/api/session", false, null, null, false).status());
    }

    @Test
    void readsNeedNoCsrfToken() {
        AccessPolicy.Outcome o = check("GET", "/api/flags", true, null, null, false);
        assertTrue(o.allowed());
        assertEquals(session, o.session());
    }

    @Test
    void everyStateChangingRequestNeedsTheSessionsCsrfToken() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertEquals(403, check(method, "/api/flags/fd-1/review", true, null, JSON, true).status(), method);
            assertEquals(403, check(method, "/api/flags/fd-1/review", true, "forged", JSON, true).status(), method);
            assertTrue(check(method, "/api/flags/fd-1/review", true, session.csrf(), JSON, true).allowed(), method);
        }
    }

    @Test
    void aBodyMustBeJsonSoThatNoHtmlFormCanSendOne() {
        assertEquals(415, check("POST", "/api/flags/fd-1/review", true, session.csrf(), "application/x-www-form-urlencoded", true).status());
        assertEquals(415, check("POST", "/api/flags/fd-1/review", true, session.csrf(), "text/plain", true).status());
        assertEquals(415, check("POST", "/api/session", false, null, "text/plain", true).status(), "not even to sign in");
        assertEquals(415, check("PUT", "/api/users/ben", true, session.csrf(), null, true).status());
        assertTrue(check("POST", "/api/flags/fd-1/review", true, session.csrf(), "Application/JSON", true).allowed());
    }
}
