package org.factdesk.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.Role;
import org.factdesk.api.workbench.UserDirectory;

/** A framework as the web commands see it: properties, endpoints, a user directory that records what it is given. */
final class FakeWebHost implements WebHost {
    final Map<String, String> properties = new HashMap<>();
    final List<String> endpoints = new ArrayList<>();
    final List<String> added = new ArrayList<>();
    final List<Principal> users = new ArrayList<>();
    boolean stopped;
    boolean webInstalled = true;

    FakeWebHost serving(int port, String host, Path data) {
        properties.put("org.osgi.service.http.port", Integer.toString(port));
        properties.put("org.apache.felix.http.host", host);
        properties.put("factdesk.data", data.toAbsolutePath().normalize().toString());
        return this;
    }

    @Override
    public String property(String name) {
        return properties.get(name);
    }

    @Override
    public List<String> endpoints() {
        return endpoints;
    }

    @Override
    public UserDirectory users() {
        if (!webInstalled) {
            return null;
        }
        return new UserDirectory() {
            @Override
            public void add(Path workspace, String name, Role role, char[] password) {
                if (password.length < 10) {
                    throw new IllegalArgumentException("password: 10 to 1024 characters");
                }
                added.add(workspace + " " + name + " " + role.label() + " " + new String(password));
                users.add(new Principal(name, role));
            }

            @Override
            public List<Principal> list(Path workspace) {
                return users;
            }
        };
    }

    @Override
    public void awaitStop() {
        stopped = true;
    }
}
