package org.factdesk.cli.internal;

import java.util.List;
import java.util.Map;

/** Services for tests: at most one instance of each type. */
record FakeServices(Map<Class<?>, Object> services, List<BundleInfo> bundles) implements Services {
    @Override
    public <T> T one(Class<T> type) {
        return type.cast(services.get(type));
    }

    @Override
    public String modelName() {
        return "fake";
    }

    @Override
    public <T> List<T> all(Class<T> type) {
        T one = one(type);
        return one == null ? List.of() : List.of(one);
    }
}
