package org.factdesk.web.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuthenticationTest {
    private final Authentication plain = new Authentication(Path.of("ws"), new PasswordHasher(new SecureRandom(), 1_000),
            new MutableClock(Instant.EPOCH), false);

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        assertEquals("fd_session=abc; Path=/; HttpOnly; SameSite=Strict", plain.cookie("abc", false));
    }

    @Test
    void itIsSecureBehindTls() {
        assertEquals("fd_session=abc; Path=/; HttpOnly; SameSite=Strict; Secure", plain.cookie("abc", true));
        Authentication proxied = new Authentication(Path.of("ws"), new PasswordHasher(new SecureRandom(), 1_000),
                new MutableClock(Instant.EPOCH), true);
        assertEquals("fd_session=abc; Path=/; HttpOnly; SameSite=Strict; Secure", proxied.cookie("abc", false),
                "behind a TLS-terminating proxy, when configured");
    }

    @Test
    void signingOutDeletesIt() {
        assertEquals("fd_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0", plain.cookie(null, false));
    }
}
