package org.factdesk.pipeline.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Reads service property values, which OSGi allows as a scalar, an array or a collection. */
final class ServiceProperties {
    private ServiceProperties() {
    }

    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof String[] a) {
            out.addAll(Arrays.asList(a));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }

    static String string(Object value, String fallback) {
        List<String> all = strings(value);
        return all.isEmpty() ? fallback : all.get(0);
    }

    static int integer(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    static long longValue(Object value) {
        return value instanceof Number n ? n.longValue() : Long.MAX_VALUE;
    }
}
