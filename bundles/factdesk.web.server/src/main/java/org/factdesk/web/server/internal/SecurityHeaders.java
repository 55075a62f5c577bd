package org.factdesk.web.server.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The headers every response carries, and the Host check. Documents are untrusted web content: the policy allows
 * scripts, styles, images and connections from this origin only, no inline script, no plugins, no framing, no
 * {@code <base>} and no form posts elsewhere, so even text that slipped into the DOM as markup could run nothing.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final Map<String, String> HEADERS;
    private static final java.util.regex.Pattern LOOPBACK_V4 = java.util.regex.Pattern.compile("127(\\.\\d{1,3}){3}");

    static {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        HEADERS = Map.copyOf(h);
    }

    private SecurityHeaders() {
    }

    /**
     * Whether a request's {@code Host} header fits where the server listens. Bound to a loopback address, only
     * loopback names are accepted, which defeats DNS rebinding (a web page whose name suddenly points at 127.0.0.1
     * still sends its own name); bound elsewhere, any name is.
     */
    static boolean hostAllowed(String listenHost, String hostHeader) {
        if (!isLoopback(listenHost)) {
            return true;
        }
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(0, end + 1);
        } else if (h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return isLoopback(h);
    }

    static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false; // Jetty's default is every interface
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.equals("localhost") || LOOPBACK_V4.matcher(h).matches() || h.equals("::1") || h.equals("[::1]");
    }
}
