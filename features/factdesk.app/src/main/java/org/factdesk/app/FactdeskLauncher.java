package org.factdesk.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * {@code java -jar factdesk.jar COMMAND ARGS}: boots the application in Felix, registers the command line as the
 * service property {@code launcher.arguments}, waits for the component that serves it (a {@code Callable}
 * registered with {@code main.thread=true}, as the bnd launcher does it), calls it on this thread and exits
 * with its result. {@code shell} instead hands the terminal to the Gogo shell until the framework stops.
 */
public final class FactdeskLauncher {
    /** libphonenumber warns at start-up about optional metadata it does not need; keep the logger referenced. */
    private static final Logger PHONE_LOG = Logger.getLogger("com.google.i18n.phonenumbers");
    /** JLine warns that a pipe is not a terminal, which is expected for every command but {@code shell}. */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");
    /** Lucene suggests the incubating vector module, which only vector search would use; we index text. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");
    /** SPI Fly (the Service Loader Mediator slf4j 2 needs) reports every provider it registers, at INFO. */
    private static final Logger SPIFLY_LOG = Logger.getLogger("org.apache.aries.spifly");
    private static final long STARTUP_TIMEOUT_MS = 60_000;

    private FactdeskLauncher() {
    }

    public static void main(String[] args) {
        PHONE_LOG.setLevel(Level.SEVERE);
        LUCENE_LOG.setLevel(Level.SEVERE);
        SPIFLY_LOG.setLevel(Level.WARNING);
        boolean shell = args.length > 0 && args[0].equals("shell");
        boolean serve = args.length > 0 && args[0].equals("serve");
        // Jetty logs through slf4j: its start-up chatter is not for a command line, its warnings are. slf4j finds
        // its backend only if that started first; where the start order does not give that, Jetty's log is dropped
        // rather than every command printing slf4j's notice about it (the serve command reports a failed start).
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("slf4j.internal.verbosity", System.getProperty("slf4j.internal.verbosity", "ERROR"));
        if (!serve) {
            // the HTTP service is disabled on purpose for every command but serve: its warning says only that
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.felix.http",
                    System.getProperty("org.slf4j.simpleLogger.log.org.apache.felix.http", "error"));
        }
        int code;
        try {
            Map<String, String> properties = new HashMap<>(shell ? Map.of() : quietConsole());
            properties.putAll(webProperties(args));
            code = launch(args, shell, serve, properties);
        } catch (IOException e) {
            System.err.println("factdesk: cannot start: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }

    private static int launch(String[] args, boolean shell, boolean serve, Map<String, String> properties) throws IOException {
        int code;
        try (FactdeskRuntime runtime = FactdeskRuntime.start(bundleFolder(), properties, List.of())) {
            if (serve) {
                stopOnShutdown(runtime);
            }
            BundleContext context = runtime.framework().getBundleContext();
            Hashtable<String, Object> props = new Hashtable<>();
            props.put("launcher.arguments", args);
            props.put("launcher.ready", "true");
            context.registerService(FactdeskLauncher.class, new FactdeskLauncher(), props);
            if (shell) {
                runtime.framework().waitForStop(0);
                code = 0;
            } else {
                code = callMain(context, runtime.bundles());
            }
        } catch (BundleException e) {
            System.err.println("factdesk: cannot start: " + e.getMessage());
            code = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 130;
        }
        return code;
    }

    /**
     * Framework properties for the web feature, which must be set before the framework starts: {@code serve} gets
     * Felix HTTP on {@code --port} (default 8080) and {@code --host} (default 127.0.0.1, so nothing outside this
     * machine can connect unless asked) and the workspace {@code --data} (default .factdesk) as
     * {@code factdesk.data}; every other command runs with the HTTP server disabled. Malformed serve arguments
     * leave it disabled too: the serve command then explains the command line.
     */
    static Map<String, String> webProperties(String[] args) {
        Map<String, String> p = new HashMap<>();
        p.put("org.apache.felix.http.enable", "false");
        p.put("org.apache.felix.http.jetty.sendServerHeader", "false");
        if (args.length == 0 || !args[0].equals("serve")) {
            return p;
        }
        String port = "8080";
        String host = "127.0.0.1";
        String data = ".factdesk";
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : (i + 1 < args.length ? args[i + 1] : null);
            if (!a.contains("=") && (name.equals("--port") || name.equals("--host") || name.equals("--data"))) {
                i++;
            }
            if (value == null) {
                return p;
            }
            switch (name) {
                case "--port" -> port = value;
                case "--host" -> host = value;
                case "--data" -> data = value;
                default -> {
                    return p;
                }
            }
        }
        try {
            int n = Integer.parseInt(port);
            if (n < 1 || n > 65_535 || host.isBlank()) {
                return p;
            }
        } catch (NumberFormatException e) {
            return p;
        }
        p.put("org.apache.felix.http.enable", "true");
        p.put("org.osgi.service.http.port", port);
        p.put("org.apache.felix.http.host", host);
        p.put("factdesk.data", Path.of(data).toAbsolutePath().normalize().toString());
        return p;
    }

    /** Ctrl-C on {@code serve}: stop the framework cleanly (the server, then every bundle) before the JVM exits. */
    private static void stopOnShutdown(FactdeskRuntime runtime) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runtime.framework().stop();
                runtime.framework().waitForStop(15_000);
            } catch (BundleException | InterruptedException e) {
                // the JVM is exiting either way
            }
        }, "factdesk-shutdown"));
    }

    private static int callMain(BundleContext context, List<Bundle> bundles) throws InterruptedException {
        long deadline = System.currentTimeMillis() + STARTUP_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            try {
                ServiceReference<?>[] refs = context.getServiceReferences(Callable.class.getName(), "(main.thread=true)");
                if (refs != null && refs.length > 0) {
                    Callable<?> main = (Callable<?>) context.getService(refs[0]);
                    Object result = main.call();
                    return result instanceof Integer i ? i : 0;
                }
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                System.err.println("factdesk: the command failed: " + e);
                return 1;
            }
            Thread.sleep(20);
        }
        System.err.println("factdesk: the command line component did not start within " + STARTUP_TIMEOUT_MS / 1000 + " s");
        for (Bundle b : bundles) {
            if (b.getState() != Bundle.ACTIVE) {
                System.err.println("  not active: " + b.getSymbolicName() + " (state " + b.getState() + ")");
            }
        }
        return 1;
    }

    /**
     * Framework properties for a command that is not the shell: the Gogo console starts without a session and with
     * an empty login profile (its default profile expects a terminal and fails loudly on a pipe).
     */
    private static Map<String, String> quietConsole() throws IOException {
        JLINE_LOG.setLevel(Level.SEVERE);
        Path home = Files.createTempDirectory("factdesk-gosh-");
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc").resolve("gosh_profile"), "");
        home.toFile().deleteOnExit();
        home.resolve("etc").toFile().deleteOnExit();
        home.resolve("etc").resolve("gosh_profile").toFile().deleteOnExit();
        return Map.of("gosh.args", "--nointeractive", "gosh.home", home.toString());
    }

    /** The run bundles exported beside the launcher jar. */
    static Path bundleFolder() {
        String override = System.getProperty("factdesk.bundles");
        if (override != null) {
            return Path.of(override);
        }
        try {
            Path jar = Path.of(FactdeskLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().resolve("export").resolve("factdesk");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the launcher jar", e);
        }
    }
}
