package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Boots the real Felix in this JVM with the exported run bundles and checks the assembly: every bundle active,
 * every extension point served by DS components, detectors collected without a central list, and a detector
 * bundle that is stopped disappearing from the whiteboard.
 */
class FrameworkIT {
    private static Path bundles() {
        return Path.of(System.getProperty("factdesk.bundles", "target/export/factdesk"));
    }

    private static Set<String> detectorTypes(BundleContext ctx) throws Exception {
        ServiceReference<?>[] refs = ctx.getAllServiceReferences("org.factdesk.api.detect.Detector", null);
        return refs == null ? Set.of() : Arrays.stream(refs).map(r -> String.valueOf(r.getProperty("factdesk.detector.type")))
                .collect(Collectors.toSet());
    }

    /**
     * Looks services up by name with {@code getAllServiceReferences}: this test's class path has its own copy of the
     * API classes, which the framework would otherwise take as an incompatible class space and hide the services.
     * SCR registers the components of already started bundles from its own thread, so give it a moment.
     */
    private static ServiceReference<?> awaitService(BundleContext ctx, String name) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        ServiceReference<?>[] refs = ctx.getAllServiceReferences(name, null);
        while (refs == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            refs = ctx.getAllServiceReferences(name, null);
        }
        return refs == null ? null : refs[0];
    }

    private static String describe(BundleContext ctx) {
        StringBuilder sb = new StringBuilder();
        try {
            for (ServiceReference<?> r : ctx.getAllServiceReferences(null, null)) {
                sb.append(Arrays.toString((String[]) r.getProperty("objectClass"))).append(' ');
            }
        } catch (Exception e) {
            sb.append(e);
        }
        return sb.toString();
    }

    @Test
    void bootsWithEveryBundleActiveAndEveryExtensionPointServed() throws Exception {
        try (FactdeskRuntime runtime = FactdeskRuntime.start(bundles(),
                Map.of("gosh.args", "--nointeractive", "org.apache.felix.http.enable", "false"), List.of())) {
            BundleContext ctx = runtime.framework().getBundleContext();
            for (Bundle b : ctx.getBundles()) {
                assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName());
            }
            for (String service : List.of("org.factdesk.api.pipeline.Pipeline", "org.factdesk.api.index.IndexService",
                    "org.factdesk.api.parse.DocumentParser")) {
                assertNotNull(awaitService(ctx, service), () -> service + " missing; services: " + describe(ctx));
            }
            ServiceReference<?>[] parsers = ctx.getAllServiceReferences("org.factdesk.api.parse.DocumentParser", null);
            assertEquals(Set.of("text/plain", "text/markdown", "text/html"), Arrays.stream(parsers)
                    .map(r -> String.valueOf(r.getProperty("factdesk.parser.mediatype"))).collect(Collectors.toSet()));
            assertTrue(detectorTypes(ctx).contains("phone"), detectorTypes(ctx).toString());
            ServiceReference<?>[] commands = ctx.getAllServiceReferences(null, "(osgi.command.scope=factdesk)");
            assertNotNull(commands, "the Gogo commands are registered");

            Bundle phone = Arrays.stream(ctx.getBundles())
                    .filter(b -> "org.factdesk.detector.phone".equals(b.getSymbolicName())).findFirst().orElseThrow();
            phone.stop();
            assertTrue(!detectorTypes(ctx).contains("phone"), "a stopped detector bundle leaves the whiteboard");
            phone.start();
            assertTrue(detectorTypes(ctx).contains("phone"));
        }
    }
}
