package org.factdesk.web.auth.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may reach the JSON API, decided from the request's method, path, session and headers alone (no servlet
 * types, so it is tested as a plain function):
 * <ul>
 *   <li>signing in ({@code POST /api/session}) and the API description ({@code GET /api/openapi.yaml}) are open;</li>
 *   <li>everything else needs a live session (401);</li>
 *   <li>every state-changing request (anything but GET, HEAD, OPTIONS) needs the session's CSRF token in
 *       {@code X-CSRF-Token} (403);</li>
 *   <li>a request that sends a body must send it as {@code application/json} (415): an HTML form can send no JSON,
 *       so a cross-site form cannot reach the API even without the token.</li>
 * </ul>
 * Which role an endpoint needs is decided by the endpoint, with the principal this policy lets through.
 */
final class AccessPolicy {
    static final String SIGN_IN = "/api/session";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    /** The outcome: allowed (with the session, if any) or refused with a status and a message. */
    record Outcome(boolean allowed, int status, String error, Sessions.Session session) {
        static Outcome allow(Sessions.Session session) {
            return new Outcome(true, 200, "", session);
        }

        static Outcome deny(int status, String error) {
            return new Outcome(false, status, error, null);
        }
    }

    private AccessPolicy() {
    }

    static Outcome check(String method, String path, Optional<Sessions.Session> session, String csrfHeader,
                         String contentType, boolean hasBody) {
        String m = method.toUpperCase(Locale.ROOT);
        if (BODY_METHODS.contains(m) && hasBody && !isJson(contentType)) {
            return Outcome.deny(415, "send the body as application/json");
        }
        if (m.equals("POST") && path.equals(SIGN_IN)) {
            return Outcome.allow(session.orElse(null));
        }
        if (m.equals("GET") && path.equals("/api/openapi.yaml")) {
            return Outcome.allow(session.orElse(null));
        }
        if (session.isEmpty()) {
            return Outcome.deny(401, "sign in first");
        }
        if (!SAFE_METHODS.contains(m) && !session.get().csrfMatches(csrfHeader)) {
            return Outcome.deny(403, "missing or wrong CSRF token (X-CSRF-Token)");
        }
        return Outcome.allow(session.get());
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("application/json");
    }
}
