package org.factdesk.web.server.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Puts {@link SecurityHeaders} on every response and refuses requests for a host the server is not. */
@Component(service = Filter.class, property = "service.ranking:Integer=1000")
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterName("factdesk-security-headers")
public final class SecurityHeadersFilter implements Filter {
    private final String listenHost;

    @Activate
    public SecurityHeadersFilter(BundleContext context) {
        this.listenHost = context.getProperty("org.apache.felix.http.host");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        SecurityHeaders.HEADERS.forEach(response::setHeader);
        if (!SecurityHeaders.hostAllowed(listenHost, request.getHeader("Host"))) {
            response.setStatus(421);
            response.setContentType("text/plain;charset=utf-8");
            response.getOutputStream().write("this server answers to 127.0.0.1 and localhost only\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
