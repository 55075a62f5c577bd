package org.factdesk.web.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String user, String ip, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, ip);
            clock.advance(Duration.ofSeconds(10));
        }
    }

    @Test
    void fourFailuresStillAllowAFifthTry() {
        fail("ana", "10.0.0.1", 4);
        assertEquals(Duration.ZERO, throttle.blockedFor("ana", "10.0.0.1"));
    }

    @Test
    void fiveFailuresWithinFifteenMinutesBlockTheNameFromThatAddress() {
        fail("ana", "10.0.0.1", 5);
        Duration wait = throttle.blockedFor("ana", "10.0.0.1");
        assertTrue(wait.compareTo(Duration.ZERO) > 0, wait.toString());
        assertEquals(Duration.ofMinutes(15).minusSeconds(50), wait, "until the first failure leaves the window");
        assertEquals(Duration.ZERO, throttle.blockedFor("ana", "10.0.0.2"), "another address is not locked out");
        assertEquals(Duration.ZERO, throttle.blockedFor("ben", "10.0.0.1"), "another name is not locked out");
        assertTrue(throttle.blockedFor("ANA", "10.0.0.1").compareTo(Duration.ZERO) > 0, "names compare ignoring case");
    }

    @Test
    void theBlockEndsWhenTheOldestFailureLeavesTheWindow() {
        fail("ana", "10.0.0.1", 5);
        clock.advance(Duration.ofMinutes(15).minusSeconds(50));
        assertEquals(Duration.ZERO, throttle.blockedFor("ana", "10.0.0.1"));
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotBlock() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("ana", "10.0.0.1");
            clock.advance(Duration.ofMinutes(4));
        }
        assertEquals(Duration.ZERO, throttle.blockedFor("ana", "10.0.0.1"));
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        fail("ana", "10.0.0.1", 4);
        throttle.succeeded("ana", "10.0.0.1");
        fail("ana", "10.0.0.1", 4);
        assertEquals(Duration.ZERO, throttle.blockedFor("ana", "10.0.0.1"));
    }
}
