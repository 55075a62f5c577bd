package org.factdesk.web.auth.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.workbench.Principal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /api/session}: {@code POST {name, password}} signs in (a new session cookie and CSRF token; 401 for a wrong
 * pair, 429 with {@code Retry-After} after too many), {@code GET} says who is signed in and returns the CSRF token
 * again (after a reload), {@code DELETE} signs out.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(AccessPolicy.SIGN_IN)
@HttpWhiteboardServletName("factdesk-session")
public final class SessionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Authentication auth;

    @Activate
    public SessionServlet(@Reference Authentication auth) {
        this.auth = auth;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object principal = request.getAttribute(Principal.ATTRIBUTE);
        Object session = request.getAttribute(AuthFilter.SESSION_ATTRIBUTE);
        if (!(principal instanceof Principal p) || !(session instanceof Sessions.Session s)) {
            Http.error(response, 401, "sign in first");
            return;
        }
        Http.send(response, 200, describe(p, s));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ObjectNode body;
        try {
            body = Http.body(request);
        } catch (IllegalArgumentException e) {
            Http.error(response, 400, e.getMessage());
            return;
        }
        String name = body.path("name").asText("");
        char[] password = body.path("password").asText("").toCharArray();
        try {
            String address = request.getRemoteAddr();
            Duration wait = auth.throttle().blockedFor(name, address);
            if (!wait.isZero() && !wait.isNegative()) {
                long seconds = Math.max(1, wait.toSeconds());
                response.setHeader("Retry-After", Long.toString(seconds));
                Http.error(response, 429, "too many failed sign-ins for " + name + ": try again in " + seconds + " s");
                return;
            }
            Optional<Principal> user = auth.users().authenticate(name, password);
            if (user.isEmpty()) {
                auth.throttle().failed(name, address);
                Http.error(response, 401, "wrong name or password");
                return;
            }
            auth.throttle().succeeded(name, address);
            auth.sessions().close(Http.sessionToken(request)); // never keep a session id from before sign-in
            Sessions.Session session = auth.sessions().open(user.get().name());
            response.addHeader("Set-Cookie", auth.cookie(session.token(), request.isSecure()));
            Http.send(response, 200, describe(user.get(), session));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        auth.sessions().close(Http.sessionToken(request));
        response.addHeader("Set-Cookie", auth.cookie(null, request.isSecure()));
        Http.send(response, 200, Http.JSON.createObjectNode().put("signedOut", true));
    }

    private static ObjectNode describe(Principal p, Sessions.Session s) {
        return Http.JSON.createObjectNode().put("user", p.name()).put("role", p.role().label()).put("csrf", s.csrf());
    }
}
