package org.factdesk.web.auth.internal;

import java.io.IOException;
import java.util.Optional;

import org.factdesk.api.workbench.Principal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards the JSON API: applies {@link AccessPolicy} to every request under {@code /api/} and, when it lets the
 * request through with a session, puts the session's user (with the role the users file gives now) into the request
 * attribute {@link Principal#ATTRIBUTE}. Endpoints then check the role they need. Without this bundle no request
 * carries a principal, and the API refuses everything.
 */
@Component(service = Filter.class, property = "service.ranking:Integer=100")
@HttpWhiteboardFilterPattern("/api/*")
@HttpWhiteboardFilterName("factdesk-auth")
public final class AuthFilter implements Filter {
    /** The request attribute holding the {@link Sessions.Session}, for the session servlet (its CSRF token). */
    static final String SESSION_ATTRIBUTE = AuthFilter.class.getName() + ".session";

    private final Authentication auth;

    @Activate
    public AuthFilter(@Reference Authentication auth) {
        this.auth = auth;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Optional<Sessions.Session> session = auth.sessions().find(Http.sessionToken(request));
        Optional<Principal> principal = Optional.empty();
        if (session.isPresent()) {
            principal = auth.users().find(session.get().user());
            if (principal.isEmpty()) {
                auth.sessions().close(session.get().token()); // the user was removed
                session = Optional.empty();
            }
        }
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        AccessPolicy.Outcome outcome = AccessPolicy.check(request.getMethod(), Http.path(request), session,
                request.getHeader("X-CSRF-Token"), request.getContentType(), hasBody);
        if (!outcome.allowed()) {
            Http.error(response, outcome.status(), outcome.error());
            return;
        }
        if (principal.isPresent()) {
            request.setAttribute(Principal.ATTRIBUTE, principal.get());
            request.setAttribute(SESSION_ATTRIBUTE, session.get());
        }
        chain.doFilter(request, response);
    }
}
