package org.factdesk.web.auth.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for one name from one address within
 * {@link #WINDOW}, further attempts for that pair are refused (429) until the oldest failure leaves the window. A
 * successful sign-in clears the pair's failures. Keyed by name and address together, so a guesser cannot lock a
 * user out from elsewhere.
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds memory: beyond this many tracked pairs, pairs whose failures have all expired are dropped. */
    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the pair must wait before it may try again; {@link Duration#ZERO} when it may try now. */
    Duration blockedFor(String user, String address) {
        Deque<Instant> times = failures.get(key(user, address));
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            Instant now = clock.instant();
            prune(times, now);
            if (times.size() < MAX_FAILURES) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(WINDOW));
        }
    }

    void failed(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(t -> {
                synchronized (t) {
                    prune(t, now);
                    return t.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key(user, address), k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    void succeeded(String user, String address) {
        failures.remove(key(user, address));
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !now.isBefore(times.peekFirst().plus(WINDOW))) {
            times.removeFirst();
        }
    }

    private static String key(String user, String address) {
        return String.valueOf(user).toLowerCase(Locale.ROOT) + '\n' + address;
    }
}
