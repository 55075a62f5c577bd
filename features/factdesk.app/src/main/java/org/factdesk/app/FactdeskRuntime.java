package org.factdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Boots Apache Felix with the application's bundles: the resolved run list that the build exported from
 * {@code factdesk.bndrun}. Used by the launcher and by the integration tests, so both run exactly the same
 * application.
 */
public final class FactdeskRuntime implements AutoCloseable {
    private final Framework framework;
    private final Path storage;
    private final List<Bundle> bundles;

    private FactdeskRuntime(Framework framework, Path storage, List<Bundle> bundles) {
        this.framework = framework;
        this.storage = storage;
        this.bundles = bundles;
    }

    /**
     * Starts the framework and every bundle in {@code bundleFolder}.
     *
     * @param bundleFolder the exported run bundles
     * @param properties   extra framework properties
     * @param skip         symbolic names of bundles not to install (a test that provides the API from its own
     *                     class path leaves the API bundle out)
     */
    public static FactdeskRuntime start(Path bundleFolder, Map<String, String> properties, List<String> skip)
            throws IOException, BundleException {
        List<Path> jars = bundleJars(bundleFolder);
        Path storage = Files.createTempDirectory("factdesk-osgi-");
        Map<String, String> config = new HashMap<>(properties);
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.putIfAbsent("felix.log.level", "1");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, FactdeskRuntime.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(config);
        framework.init();
        List<Bundle> installed = new ArrayList<>();
        try {
            for (Path jar : jars) {
                Bundle b = framework.getBundleContext().installBundle(jar.toUri().toString());
                if (skip.contains(b.getSymbolicName())) {
                    b.uninstall();
                } else {
                    installed.add(b);
                }
            }
            framework.start();
            List<Bundle> order = new ArrayList<>(installed);
            order.sort(java.util.Comparator.comparingInt(FactdeskRuntime::startRank));
            for (Bundle b : order) {
                if ((b.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0) {
                    b.start();
                }
            }
        } catch (BundleException | RuntimeException e) {
            stopQuietly(framework);
            deleteTree(storage);
            throw e;
        }
        return new FactdeskRuntime(framework, storage, installed);
    }

    /**
     * The start order: the Service Loader Mediator and the slf4j backend first, so that libraries logging through
     * slf4j (Jetty) find their backend when they start; everything else in run-list order.
     */
    private static int startRank(Bundle b) {
        String name = b.getSymbolicName() == null ? "" : b.getSymbolicName();
        if (name.startsWith("org.apache.aries.spifly")) {
            return 0;
        }
        if (name.startsWith("slf4j.") || name.startsWith("org.slf4j")) {
            return 1;
        }
        return 2;
    }

    static List<Path> bundleJars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("bundle folder not found: " + folder + " (build the application first)");
        }
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> jars = s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
            if (jars.isEmpty()) {
                throw new IOException("no bundles in " + folder);
            }
            return jars;
        }
    }

    public Framework framework() {
        return framework;
    }

    public List<Bundle> bundles() {
        return bundles;
    }

    @Override
    public void close() {
        stopQuietly(framework);
        deleteTree(storage);
    }

    private static void stopQuietly(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(15_000);
        } catch (BundleException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
