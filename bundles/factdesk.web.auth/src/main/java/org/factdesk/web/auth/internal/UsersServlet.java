package org.factdesk.web.auth.internal;

import java.io.IOException;
import java.util.Arrays;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.Role;
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
 * {@code /api/users}, for admins only: {@code GET} lists users and roles, {@code POST {name, role, password}} adds
 * one, {@code PUT /api/users/NAME {role?, password?}} changes one, {@code DELETE /api/users/NAME} removes one (and
 * ends their sessions). Password hashes never leave the server.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/users", "/api/users/*"})
@HttpWhiteboardServletName("factdesk-users")
public final class UsersServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Authentication auth;

    @Activate
    public UsersServlet(@Reference Authentication auth) {
        this.auth = auth;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object principal = request.getAttribute(Principal.ATTRIBUTE);
        if (!(principal instanceof Principal p)) {
            Http.error(response, 401, "sign in first");
            return;
        }
        if (!p.may(Role.ADMIN)) {
            Http.error(response, 403, "only an admin may manage users");
            return;
        }
        String name = request.getPathInfo() == null || request.getPathInfo().equals("/") ? null
                : request.getPathInfo().substring(1);
        try {
            switch (request.getMethod()) {
                case "GET" -> {
                    if (name != null) {
                        Http.error(response, 404, "list users at /api/users");
                        return;
                    }
                    list(response);
                }
                case "POST" -> {
                    if (name != null) {
                        Http.error(response, 405, "add users with POST /api/users");
                        return;
                    }
                    add(request, response);
                }
                case "PUT" -> change(name, request, response);
                case "DELETE" -> remove(name, response);
                default -> Http.error(response, 405, "method not allowed");
            }
        } catch (UserStore.NoSuchUserException e) {
            Http.error(response, 404, e.getMessage());
        } catch (UserStore.UserExistsException e) {
            Http.error(response, 409, e.getMessage());
        } catch (IllegalArgumentException e) {
            Http.error(response, 400, e.getMessage());
        }
    }

    private void list(HttpServletResponse response) throws IOException {
        ObjectNode out = Http.JSON.createObjectNode();
        ArrayNode users = out.putArray("users");
        for (Principal u : auth.users().list()) {
            users.addObject().put("name", u.name()).put("role", u.role().label());
        }
        Http.send(response, 200, out);
    }

    private void add(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ObjectNode body = Http.body(request);
        String name = body.path("name").asText("");
        Role role = Role.fromLabel(body.path("role").asText(""));
        char[] password = body.path("password").asText("").toCharArray();
        try {
            auth.users().add(name, role, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        Http.send(response, 201, Http.JSON.createObjectNode().put("name", name).put("role", role.label()));
    }

    private void change(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (name == null) {
            Http.error(response, 405, "change a user with PUT /api/users/NAME");
            return;
        }
        ObjectNode body = Http.body(request);
        if (body.hasNonNull("role")) {
            auth.users().setRole(name, Role.fromLabel(body.get("role").asText()));
        }
        if (body.hasNonNull("password")) {
            char[] password = body.get("password").asText().toCharArray();
            try {
                auth.users().setPassword(name, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            auth.sessions().closeAll(name);
        }
        Principal now = auth.users().find(name).orElseThrow(() -> new UserStore.NoSuchUserException(name));
        Http.send(response, 200, Http.JSON.createObjectNode().put("name", now.name()).put("role", now.role().label()));
    }

    private void remove(String name, HttpServletResponse response) throws IOException {
        if (name == null) {
            Http.error(response, 405, "remove a user with DELETE /api/users/NAME");
            return;
        }
        auth.users().remove(name);
        auth.sessions().closeAll(name);
        Http.send(response, 200, Http.JSON.createObjectNode().put("removed", name));
    }
}
