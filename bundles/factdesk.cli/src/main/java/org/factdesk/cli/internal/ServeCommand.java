package org.factdesk.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factdesk.api.workbench.UserDirectory;

/**
 * {@code factdesk serve [--port 8080] [--host 127.0.0.1] [--data DIR]}: the workbench in the browser. The launcher
 * has already configured Felix HTTP from the same arguments (framework properties {@code org.osgi.service.http.port},
 * {@code org.apache.felix.http.host}, {@code factdesk.data}) before the framework started; this command checks them,
 * waits for the server, says where it is and blocks until the framework stops (Ctrl-C). Only 127.0.0.1 is served
 * unless {@code --host} says otherwise, which prints a warning.
 *
 * <p>Exit codes: 0 stopped, 1 the server did not start, 2 the command line was wrong.
 */
final class ServeCommand {
    static final String USAGE = """
            usage: factdesk serve [--port 8080] [--host 127.0.0.1] [--data DIR]
                    the review workbench at http://HOST:PORT/ over the workspace DIR (default .factdesk);
                    create the first admin with: factdesk user add NAME --role admin --data DIR
            """;
    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 8080;
    static final long START_TIMEOUT_MS = 15_000;

    private final WebHost host;
    private final Output o;
    private final long startTimeoutMs;

    ServeCommand(WebHost host, Output output, long startTimeoutMs) {
        this.host = host;
        this.o = output;
        this.startTimeoutMs = startTimeoutMs;
    }

    /** The {@code serve} command of the command line. */
    static int run(List<String> args, Output output) {
        return new ServeCommand(WebHost.current(), output, START_TIMEOUT_MS).execute(args);
    }

    int execute(List<String> args) {
        Arguments a;
        int port;
        try {
            a = Arguments.parse(args, Set.of("port", "host", "data"), Set.of());
            if (!a.positional().isEmpty()) {
                throw new UsageException("serve takes no positional arguments, got " + a.positional());
            }
            port = a.intOption("port", DEFAULT_PORT, 1);
            if (port > 65_535) {
                throw new UsageException("--port must be at most 65535: " + port);
            }
            if (a.option("host", DEFAULT_HOST).isBlank()) {
                throw new UsageException("--host needs an address");
            }
        } catch (UsageException e) {
            o.err().println("factdesk: " + e.getMessage());
            o.err().print(USAGE);
            return 2;
        }
        if (host == null) {
            o.err().println("factdesk: serve needs the OSGi runtime (start it with ./factdesk serve)");
            return 1;
        }
        String listenHost = a.option("host", DEFAULT_HOST);
        Path data = Path.of(a.option("data", ".factdesk")).toAbsolutePath().normalize();
        if (!Integer.toString(port).equals(host.property("org.osgi.service.http.port"))
                || !listenHost.equals(host.property("org.apache.felix.http.host"))
                || !data.toString().equals(host.property("factdesk.data"))) {
            o.err().println("factdesk: the HTTP server was not configured for these arguments: start it as"
                    + " 'factdesk serve ...' from the command line, not from the shell");
            return 1;
        }
        if (!isLoopback(listenHost)) {
            o.err().println("factdesk: warning: serving on " + listenHost + ", not only on this machine: anyone who can"
                    + " reach it can try to sign in; put it behind TLS (and set factdesk.web.secure-cookie=true)");
        }
        adviseOnWorkspace(data);
        List<String> endpoints;
        try {
            endpoints = awaitEndpoints();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        if (endpoints.isEmpty()) {
            o.err().println("factdesk: the HTTP server did not start on " + listenHost + ":" + port
                    + " within " + startTimeoutMs / 1000 + " s (is the port in use?)");
            return 1;
        }
        String url = "http://" + (listenHost.contains(":") ? "[" + listenHost + "]" : listenHost) + ":" + port + "/";
        o.out().println("Factdesk workbench at " + url + " (workspace " + data + "); press Ctrl-C to stop");
        o.out().flush();
        try {
            host.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void adviseOnWorkspace(Path data) {
        if (!Files.isRegularFile(data.resolve("flags.jsonl"))) {
            o.err().println("factdesk: no flags in " + data + " yet: run 'factdesk run CORPUS --data " + data + "' first");
        }
        UserDirectory users = host.users();
        try {
            if (users != null && users.list(data).isEmpty()) {
                o.err().println("factdesk: no users yet: create the first admin with"
                        + " 'factdesk user add NAME --role admin --data " + data + "'");
            }
        } catch (IOException e) {
            o.err().println("factdesk: cannot read the users of " + data + ": " + e.getMessage());
        }
    }

    private List<String> awaitEndpoints() throws InterruptedException {
        long deadline = System.currentTimeMillis() + startTimeoutMs;
        List<String> endpoints = host.endpoints();
        while (endpoints.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            endpoints = host.endpoints();
        }
        return endpoints;
    }

    static boolean isLoopback(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("::1") || h.equals("[::1]");
    }
}
