package org.factdesk.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.api.detect.CheckWorthiness;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** {@link Services} from the OSGi service registry, best-ranked first (service ranking, then the oldest). */
final class RegistryServices implements Services {
    private final BundleContext context;

    RegistryServices(BundleContext context) {
        this.context = context;
    }

    @Override
    public <T> T one(Class<T> type) {
        List<T> all = all(type);
        return all.isEmpty() ? null : all.get(0);
    }

    @Override
    public <T> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (ServiceReference<T> r : sorted(type)) {
            T service = context.getService(r);
            if (service != null) {
                out.add(service);
            }
        }
        return out;
    }

    @Override
    public <T> List<Map.Entry<T, Map<String, Object>>> withProperties(Class<T> type) {
        List<Map.Entry<T, Map<String, Object>>> out = new ArrayList<>();
        for (ServiceReference<T> r : sorted(type)) {
            T service = context.getService(r);
            if (service != null) {
                Map<String, Object> properties = new HashMap<>();
                for (String key : r.getPropertyKeys()) {
                    properties.put(key, r.getProperty(key));
                }
                out.add(Map.entry(service, properties));
            }
        }
        return out;
    }

    private <T> List<ServiceReference<T>> sorted(Class<T> type) {
        Collection<ServiceReference<T>> refs;
        try {
            refs = context.getServiceReferences(type, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<ServiceReference<T>> sorted = new ArrayList<>(refs);
        sorted.sort((a, b) -> b.compareTo(a)); // ServiceReference order: higher ranking, then lower id, is greater
        return sorted;
    }

    @Override
    public String modelName() {
        ServiceReference<CheckWorthiness> ref = context.getServiceReference(CheckWorthiness.class);
        return ref == null ? "none" : String.valueOf(ref.getProperty(CheckWorthiness.MODEL));
    }

    @Override
    public List<BundleInfo> bundles() {
        return Arrays.stream(context.getBundles())
                .map(b -> new BundleInfo(b.getBundleId(), FactdeskCommands.state(b.getState()), b.getSymbolicName(),
                        b.getVersion().toString()))
                .toList();
    }
}
