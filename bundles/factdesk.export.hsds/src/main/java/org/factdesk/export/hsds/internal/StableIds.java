package org.factdesk.export.hsds.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids HSDS needs beyond the records' own: name-based (version 3) UUIDs of a fixed prefix, the kind of object
 * and the id of the record it belongs to. The same record gives the same ids in every export; two kinds never
 * share an id.
 */
final class StableIds {
    private StableIds() {
    }

    /**
     * @param kind  what the id names, e.g. {@code service}, {@code location}, {@code attribute:review_status}
     * @param owner the stable id (or other stable string) of the record it derives from
     */
    static String derive(String kind, String owner) {
        String key = "factdesk:hsds:" + kind + ":" + owner;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
