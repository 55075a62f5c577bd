package org.factdesk.web.server.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.factdesk.api.workbench.ViewDescriptor;
import org.factdesk.api.workbench.WorkbenchView;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The views registered right now (whiteboard), each with the bundle that contributes it. When two services claim
 * one view id, the higher service ranking wins, then the older service. A bundle's {@code web/} folder is served
 * while it contributes at least one view.
 */
@Component(service = ViewRegistry.class)
public final class ViewRegistry {
    /**
     * One registered view.
     *
     * @param bundle    the contributing bundle's symbolic name (the scripts' URL prefix)
     * @param resources a file below the bundle's {@code web/} folder by relative path, or null
     */
    record Contribution(ViewDescriptor descriptor, WorkbenchView view, String bundle, Function<String, URL> resources,
                        int ranking, long serviceId) {
        String scriptUrl() {
            return "/views/" + bundle + "/" + descriptor.script();
        }
    }

    private final List<Contribution> contributions = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(WorkbenchView view, ServiceReference<WorkbenchView> ref) {
        Bundle b = ref.getBundle();
        if (b == null) {
            return; // unregistered meanwhile
        }
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        add(new Contribution(view.descriptor(), view, b.getSymbolicName(), path -> b.getEntry("web/" + path),
                ranking instanceof Integer i ? i : 0, (Long) ref.getProperty(Constants.SERVICE_ID)));
    }

    void removeView(WorkbenchView view) {
        contributions.removeIf(c -> c.view() == view);
    }

    void add(Contribution c) {
        contributions.add(c);
    }

    /** The effective views (one per id), in rank order. */
    List<Contribution> views() {
        Map<String, Contribution> byId = new java.util.HashMap<>();
        for (Contribution c : contributions) {
            byId.merge(c.descriptor().id(), c, (a, b) -> better(a, b) ? a : b);
        }
        List<Contribution> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparingInt((Contribution c) -> c.descriptor().rank()).thenComparing(c -> c.descriptor().id()));
        return out;
    }

    Optional<Contribution> view(String id) {
        return views().stream().filter(c -> c.descriptor().id().equals(id)).findFirst();
    }

    /** The resources of a bundle that contributes a view now, or empty. */
    Optional<Function<String, URL>> resources(String bundle) {
        return contributions.stream().filter(c -> c.bundle().equals(bundle)).map(Contribution::resources).findFirst();
    }

    private static boolean better(Contribution a, Contribution b) {
        return a.ranking() != b.ranking() ? a.ranking() > b.ranking() : a.serviceId() < b.serviceId();
    }
}
