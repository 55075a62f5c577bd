package org.factdesk.web.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SessionsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final Sessions sessions = new Sessions(new SecureRandom(), clock);

    @Test
    void aSessionHasUnguessableTokensAndItsOwnCsrfToken() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Sessions.Session s = sessions.open("ana");
            assertEquals(43, s.token().length(), "256 bits, Base64 without padding");
            assertEquals(43, s.csrf().length());
            assertNotEquals(s.token(), s.csrf());
            assertTrue(seen.add(s.token()));
            assertTrue(seen.add(s.csrf()));
        }
    }

    @Test
    void aSessionIsFoundByItsCookieUntilClosed() {
        Sessions.Session s = sessions.open("ana");
        assertEquals("ana", sessions.find(s.token()).orElseThrow().user());
        assertTrue(sessions.find("not-a-token").isEmpty());
        assertTrue(sessions.find(null).isEmpty());
        assertTrue(sessions.find("").isEmpty());
        sessions.close(s.token());
        assertTrue(sessions.find(s.token()).isEmpty());
    }

    @Test
    void anIdleSessionEndsAfterTwoHours() {
        Sessions.Session s = sessions.open("ana");
        clock.advance(Duration.ofMinutes(119));
        assertTrue(sessions.find(s.token()).isPresent(), "a request keeps it alive");
        clock.advance(Duration.ofMinutes(119));
        assertTrue(sessions.find(s.token()).isPresent());
        clock.advance(Duration.ofMinutes(120));
        assertTrue(sessions.find(s.token()).isEmpty());
    }

    @Test
    void anActiveSessionStillEndsTwelveHoursAfterSignIn() {
        Sessions.Session s = sessions.open("ana");
        for (int i = 0; i < 11; i++) {
            clock.advance(Duration.ofHours(1));
            assertTrue(sessions.find(s.token()).isPresent(), "hour " + (i + 1));
        }
        clock.advance(Duration.ofHours(1));
        assertTrue(sessions.find(s.token()).isEmpty());
    }

    @Test
    void closingAllOfAUsersSessionsLeavesOthersAlone() {
        Sessions.Session a1 = sessions.open("ana");
        Sessions.Session a2 = sessions.open("ana");
        Sessions.Session b = sessions.open("ben");
        sessions.closeAll("ana");
        assertTrue(sessions.find(a1.token()).isEmpty());
        assertTrue(sessions.find(a2.token()).isEmpty());
        assertTrue(sessions.find(b.token()).isPresent());
    }

    @Test
    void theCsrfTokenMatchesOnlyItself() {
        Sessions.Session s = sessions.open("ana");
        assertTrue(s.csrfMatches(s.csrf()));
        assertFalse(s.csrfMatches(null));
        assertFalse(s.csrfMatches(""));
        assertFalse(s.csrfMatches(s.token()));
        assertFalse(s.csrfMatches(s.csrf().substring(1)));
        assertFalse(s.csrfMatches(sessions.open("ana").csrf()), "another session's token");
    }
}
