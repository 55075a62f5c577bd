package org.factdesk.web.auth.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** JSON in and out for this bundle's servlets, and the session cookie of a request. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    /** No JSON body this bundle accepts is anywhere near this; larger ones are refused unread. */
    private static final int MAX_BODY = 64 * 1024;

    private Http() {
    }

    static void send(HttpServletResponse response, int status, JsonNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, JSON.createObjectNode().put("error", message));
    }

    /** The body as a JSON object. @throws IllegalArgumentException when it is missing, too large or not an object */
    static ObjectNode body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new IllegalArgumentException("the body is larger than " + MAX_BODY + " bytes");
            }
            JsonNode n;
            try {
                n = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException("the body is not JSON");
            }
            if (!(n instanceof ObjectNode o)) {
                throw new IllegalArgumentException("the body must be a JSON object");
            }
            return o;
        }
    }

    static String sessionToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(Authentication.COOKIE)) {
                return c.getValue();
            }
        }
        return null;
    }

    /** The path below the context, decoded, as the servlet mapping saw it. */
    static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + info;
    }
}
