package org.factdesk.web.server.internal;

import java.io.IOException;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The workbench shell: {@code /} is the page, {@code /app/...} its ES modules and CSS from this bundle's
 * {@code web/app/} folder. Anything else not claimed by another servlet is a 404.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/", "/app/*"})
@HttpWhiteboardServletName("factdesk-shell")
public final class ShellServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient BundleContext context;

    @Activate
    public ShellServlet(BundleContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + info;
        if (path.equals("/") || path.isEmpty() || path.equals("/index.html")) {
            StaticFiles.send(response, "index.html", context.getBundle().getEntry("web/app/index.html"));
        } else if (path.startsWith("/app/")) {
            String file = path.substring("/app/".length());
            StaticFiles.send(response, file, StaticFiles.contentType(file) == null ? null
                    : context.getBundle().getEntry("web/app/" + file));
        } else {
            StaticFiles.notFound(response);
        }
    }
}
