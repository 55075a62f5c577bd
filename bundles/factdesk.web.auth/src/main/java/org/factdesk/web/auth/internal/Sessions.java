package org.factdesk.web.auth.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, in memory (a restart signs everybody out). Each session has a random 256-bit token, sent as
 * the HttpOnly cookie, and its own random 256-bit CSRF token, returned at sign-in and required in the
 * {@code X-CSRF-Token} header of every state-changing request (synchronizer token pattern). A session ends on
 * sign-out, after {@link #IDLE} without a request, or {@link #ABSOLUTE} after sign-in, whichever comes first.
 */
final class Sessions {
    static final Duration IDLE = Duration.ofHours(2);
    static final Duration ABSOLUTE = Duration.ofHours(12);
    /** Bounds memory against a flood of sign-ins: the oldest sessions are dropped beyond this. */
    static final int MAX_SESSIONS = 10_000;

    /** One session; {@code lastSeen} moves with every request. */
    record Session(String token, String user, String csrf, Instant created, Instant lastSeen) {
        Session touched(Instant now) {
            return new Session(token, user, csrf, created, now);
        }

        /** Whether {@code candidate} is this session's CSRF token; constant time. */
        boolean csrfMatches(String candidate) {
            return candidate != null && MessageDigest.isEqual(csrf.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    candidate.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    private final Map<String, Session> byToken = new ConcurrentHashMap<>();
    private final SecureRandom random;
    private final Clock clock;

    Sessions(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    Session open(String user) {
        Instant now = clock.instant();
        if (byToken.size() >= MAX_SESSIONS) {
            evictExpired(now);
            byToken.values().stream().min(java.util.Comparator.comparing(Session::lastSeen))
                    .ifPresent(oldest -> byToken.remove(oldest.token()));
        }
        Session s = new Session(token(), user, token(), now, now);
        byToken.put(s.token(), s);
        return s;
    }

    /** The live session of a cookie value, touched; an expired one is removed. */
    Optional<Session> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Session s = byToken.get(token);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            byToken.remove(token);
            return Optional.empty();
        }
        Session touched = s.touched(now);
        byToken.replace(token, s, touched);
        return Optional.of(touched);
    }

    void close(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }

    /** Ends every session of a user (removed, or password changed). */
    void closeAll(String user) {
        byToken.values().removeIf(s -> s.user().equals(user));
    }

    int size() {
        return byToken.size();
    }

    private void evictExpired(Instant now) {
        byToken.values().removeIf(s -> expired(s, now));
    }

    private static boolean expired(Session s, Instant now) {
        return !now.isBefore(s.lastSeen().plus(IDLE)) || !now.isBefore(s.created().plus(ABSOLUTE));
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
