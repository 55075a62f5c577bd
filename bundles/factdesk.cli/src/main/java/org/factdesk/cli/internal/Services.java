package org.factdesk.cli.internal;

import java.util.List;
import java.util.Map;

/**
 * The services the commands use, looked up when a command runs: they come and go with their bundles, so a
 * command asks at the moment it needs one.
 */
interface Services {
    /** The best-ranked service of the type, or null when none is registered. */
    <T> T one(Class<T> type);

    /** Every service of the type, best-ranked first; empty when none. */
    <T> List<T> all(Class<T> type);

    /**
     * Every service of the type with its service properties (a parser's extensions, a detector's type), best-ranked
     * first; empty when none. Without a registry behind it, the properties are empty.
     */
    default <T> List<Map.Entry<T, Map<String, Object>>> withProperties(Class<T> type) {
        return all(type).stream().map(service -> Map.entry(service, Map.<String, Object>of())).toList();
    }

    /** The name of the check-worthiness model registered (its {@code factdesk.checkworthiness.model}), or "none". */
    String modelName();

    /** The installed bundles. */
    List<BundleInfo> bundles();
}
