package org.factdesk.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final long STARTUP_TIMEOUT_MS = 60_000;

    private FactdeskLauncher() {
    }

    public static void main(String[] args) {
        PHONE_LOG.setLevel(Level.SEVERE);
        LUCENE_LOG.setLevel(Level.SEVERE);
        boolean shell = args.length > 0 && args[0].equals("shell");
        int code;
        try (FactdeskRuntime runtime = FactdeskRuntime.start(bundleFolder(), shell ? Map.of() : quietConsole(), List.of())) {
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
        } catch (IOException | BundleException e) {
            System.err.println("factdesk: cannot start: " + e.getMessage());
            code = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 130;
        }
        System.exit(code);
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
