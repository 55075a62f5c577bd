package org.factdesk.web.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves files from a bundle: only plain relative paths ({@code a/b.js}, no {@code ..}, no hidden files) and only
 * the types the workbench is made of, each with its exact content type (module scripts need
 * {@code text/javascript}, and {@code nosniff} makes the browser hold the server to it).
 */
final class StaticFiles {
    private static final Pattern SAFE_PATH = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json;charset=utf-8",
            "png", "image/png",
            "yaml", "application/yaml;charset=utf-8");

    private StaticFiles() {
    }

    /** The content type of a servable path, or null when the path or its type is not servable. */
    static String contentType(String path) {
        if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            return null;
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Sends the file, or a plain 404 when it is missing or not servable. */
    static void send(HttpServletResponse response, String path, URL url) throws IOException {
        String type = contentType(path);
        if (type == null || url == null) {
            notFound(response);
            return;
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        }
        response.setStatus(200);
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(404);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write("not found\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
