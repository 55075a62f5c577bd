package org.factdesk.web.server.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Optional;
import java.util.function.Function;

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
 * {@code /views/BUNDLE/PATH}: the scripts and styles of a bundle that contributes a view, from its {@code web/}
 * folder, for as long as it contributes one; then 404.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/views/*")
@HttpWhiteboardServletName("factdesk-view-scripts")
public final class ViewScriptsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ViewRegistry views;

    @Activate
    public ViewScriptsServlet(@Reference ViewRegistry views) {
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        if (info == null || info.length() < 2) {
            StaticFiles.notFound(response);
            return;
        }
        String rest = info.substring(1);
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            StaticFiles.notFound(response);
            return;
        }
        String bundle = rest.substring(0, slash);
        String file = rest.substring(slash + 1);
        Optional<Function<String, URL>> resources = views.resources(bundle);
        if (resources.isEmpty() || StaticFiles.contentType(file) == null) {
            StaticFiles.notFound(response);
            return;
        }
        StaticFiles.send(response, file, resources.get().apply(file));
    }
}
