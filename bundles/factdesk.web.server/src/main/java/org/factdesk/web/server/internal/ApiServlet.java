package org.factdesk.web.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.evidence.EvidenceSource;
import org.factdesk.api.index.IndexService;
import org.factdesk.api.parse.DocumentParser;
import org.factdesk.api.review.ReviewService;
import org.factdesk.api.workbench.Principal;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /api/*}: adapts servlet requests to {@link Api} and answers JSON ({@code {"error": ...}} on failure), plus
 * the OpenAPI description at {@code /api/openapi.yaml}. The signed-in user comes from the request attribute the
 * authentication filter sets; without it every route answers 401.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/*")
@HttpWhiteboardServletName("factdesk-api")
public final class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiServlet.class.getName());
    /** The largest body any endpoint takes (a decision, a list of flag ids). */
    private static final int MAX_BODY = 1024 * 1024;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ReviewService review;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile IndexService index;
    private final transient List<EvidenceSource> evidence = new CopyOnWriteArrayList<>();
    private final transient ParserSet parsers = new ParserSet();
    private final transient BundleContext context;
    private final transient Api api;

    @Activate
    public ApiServlet(BundleContext context, @Reference ViewRegistry views) {
        this.context = context;
        WebSettings settings = WebSettings.of(context.getProperty("factdesk.data"), context.getProperty("factdesk.as-of"));
        this.api = new Api(new Backend(() -> review, new IndexAccess(() -> index), () -> List.copyOf(evidence),
                new DocumentTexts(parsers), views, settings));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEvidence(EvidenceSource source) {
        evidence.add(source);
    }

    void removeEvidence(EvidenceSource source) {
        evidence.remove(source);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addParser(DocumentParser parser, Map<String, Object> properties) {
        parsers.add(parser, properties);
    }

    void removeParser(DocumentParser parser) {
        parsers.remove(parser);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (info.equals("/openapi.yaml") && request.getMethod().equals("GET")) {
            StaticFiles.send(response, "openapi.yaml", context.getBundle().getEntry("openapi.yaml"));
            return;
        }
        Object principal = request.getAttribute(Principal.ATTRIBUTE);
        try {
            ApiRequest r = new ApiRequest(request.getMethod(), segments(info), query(request.getQueryString()),
                    body(request), principal instanceof Principal p ? p : null);
            Api.Answer answer = api.handle(r);
            if (answer.text() != null) {
                send(response, answer.status(), answer.text().getBytes(StandardCharsets.UTF_8));
            } else {
                send(response, answer.status(), Json.MAPPER.writeValueAsBytes(answer.tree()));
            }
        } catch (ApiException e) {
            ObjectNode error = Json.object().put("error", e.getMessage());
            if (e.reason() != null) {
                error.put("reason", e.reason());
            }
            send(response, e.status(), Json.MAPPER.writeValueAsBytes(error));
        } catch (IOException e) {
            send(response, 500, Json.MAPPER.writeValueAsBytes(Json.object().put("error", e.getMessage())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the API failed on " + request.getMethod() + " " + info, e);
            send(response, 500, Json.MAPPER.writeValueAsBytes(Json.object().put("error", "internal error: " + e)));
        }
    }

    private static void send(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static List<String> segments(String pathInfo) {
        List<String> out = new ArrayList<>();
        for (String s : pathInfo.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    static Map<String, List<String>> query(String queryString) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return out;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed query string");
        }
    }

    private static String body(HttpServletRequest request) throws IOException {
        String m = request.getMethod();
        if (m.equals("GET") || m.equals("HEAD") || m.equals("DELETE")) {
            return "";
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new ApiException(413, "the body is larger than " + MAX_BODY + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
