package org.factdesk.web.auth.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The sign-in state the filter and the session and user servlets of this bundle share: the users of the served
 * workspace (framework property {@code factdesk.data}, default {@code .factdesk}), the sessions and the login
 * throttle. Set the framework property {@code factdesk.web.secure-cookie=true} when the workbench is reached
 * through a TLS-terminating proxy, so the session cookie is marked {@code Secure} although Jetty sees plain HTTP.
 */
@Component(service = Authentication.class)
public final class Authentication {
    static final String COOKIE = "fd_session";

    private final UserStore users;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final boolean forceSecureCookie;

    @Activate
    public Authentication(BundleContext context) {
        this(Path.of(valueOr(context.getProperty("factdesk.data"), ".factdesk")), new PasswordHasher(),
                Clock.systemUTC(), Boolean.parseBoolean(context.getProperty("factdesk.web.secure-cookie")));
    }

    Authentication(Path workspace, PasswordHasher hasher, Clock clock, boolean forceSecureCookie) {
        this.users = new UserStore(workspace, hasher, clock);
        this.sessions = new Sessions(new SecureRandom(), clock);
        this.throttle = new LoginThrottle(clock);
        this.forceSecureCookie = forceSecureCookie;
    }

    UserStore users() {
        return users;
    }

    Sessions sessions() {
        return sessions;
    }

    LoginThrottle throttle() {
        return throttle;
    }

    /** The {@code Set-Cookie} value for a session, or, with a null token, the one that deletes the cookie. */
    String cookie(String token, boolean secureRequest) {
        StringBuilder c = new StringBuilder(COOKIE).append('=').append(token == null ? "" : token)
                .append("; Path=/; HttpOnly; SameSite=Strict");
        if (token == null) {
            c.append("; Max-Age=0");
        }
        if (secureRequest || forceSecureCookie) {
            c.append("; Secure");
        }
        return c.toString();
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
