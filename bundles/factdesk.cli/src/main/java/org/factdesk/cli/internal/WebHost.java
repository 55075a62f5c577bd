package org.factdesk.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.api.workbench.UserDirectory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * What {@code serve} and {@code user} need from the running framework, behind an interface so the commands are
 * tested without one.
 */
interface WebHost {
    /** A framework property (the launcher sets the web ones before the framework starts), or null. */
    String property(String name);

    /** The URLs the HTTP runtime serves at, empty while it has not started. */
    List<String> endpoints();

    /** The user directory of the web feature, or null when the feature is not installed. */
    UserDirectory users();

    /** Blocks until the framework stops (Ctrl-C stops it). */
    void awaitStop() throws InterruptedException;

    /** The framework this bundle runs in, or null outside one (unit tests). */
    static WebHost current() {
        Bundle bundle = FrameworkUtil.getBundle(WebHost.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        return context == null ? null : new Framework(context);
    }

    /** The real framework. */
    final class Framework implements WebHost {
        /** The Servlet Whiteboard's runtime service; named, not imported, so the command line needs no servlet API. */
        private static final String HTTP_RUNTIME = "org.osgi.service.servlet.runtime.HttpServiceRuntime";
        private final BundleContext context;

        Framework(BundleContext context) {
            this.context = context;
        }

        @Override
        public String property(String name) {
            return context.getProperty(name);
        }

        @Override
        public List<String> endpoints() {
            List<String> out = new ArrayList<>();
            try {
                ServiceReference<?>[] refs = context.getServiceReferences(HTTP_RUNTIME, null);
                for (ServiceReference<?> r : refs == null ? new ServiceReference<?>[0] : refs) {
                    Object e = r.getProperty("osgi.http.endpoint");
                    if (e instanceof String s) {
                        out.add(s);
                    } else if (e instanceof String[] a) {
                        out.addAll(List.of(a));
                    } else if (e instanceof java.util.Collection<?> c) {
                        c.forEach(x -> out.add(String.valueOf(x)));
                    }
                }
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            return out;
        }

        @Override
        public UserDirectory users() {
            ServiceReference<UserDirectory> ref = context.getServiceReference(UserDirectory.class);
            return ref == null ? null : context.getService(ref);
        }

        @Override
        public void awaitStop() throws InterruptedException {
            Bundle system = context.getBundle(0);
            try {
                while (system.getState() == Bundle.ACTIVE) {
                    Thread.sleep(200);
                }
            } catch (IllegalStateException e) {
                // this bundle's context became invalid: the framework is stopping
            }
        }
    }
}
