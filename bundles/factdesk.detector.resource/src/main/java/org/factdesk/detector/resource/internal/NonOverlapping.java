package org.factdesk.detector.resource.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Contacts that do not overlap: the first one added wins. O(log n) per addition. Not thread-safe. */
final class NonOverlapping {
    private final TreeMap<Integer, Contact> byStart = new TreeMap<>();

    /** Adds the contact unless it overlaps one already added; returns whether it was added. */
    boolean add(Contact c) {
        Map.Entry<Integer, Contact> before = byStart.floorEntry(c.start());
        if (before != null && before.getValue().end() > c.start()) {
            return false;
        }
        Map.Entry<Integer, Contact> after = byStart.ceilingEntry(c.start());
        if (after != null && after.getValue().start() < c.end()) {
            return false;
        }
        byStart.put(c.start(), c);
        return true;
    }

    List<Contact> inOrder() {
        return new ArrayList<>(byStart.values());
    }
}
