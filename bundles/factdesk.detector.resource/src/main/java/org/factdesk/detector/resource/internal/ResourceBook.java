package org.factdesk.detector.resource.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;

/**
 * Collects what a document says about each organization, merged by name, and turns the organizations the page
 * offers to its reader into findings. An organization is offered once any of its mentions is: it has a contact
 * detail, it is asked for ("Contact ..."), it is a list label with services, or it is the subject of a verb of
 * service. Not thread-safe; one per document.
 */
final class ResourceBook {
    static final double PRIORITY_WITH_NUMBER = 0.8;
    static final double PRIORITY_WITHOUT_NUMBER = 0.5;
    private static final int MAX_LISTED_SERVICES = 3;

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private static final class Entry {
        NameMention firstOffered;
        final Set<String> numbers = new LinkedHashSet<>();
        final Set<String> hours = new LinkedHashSet<>();
        String address = "";
        String services = "";
        final List<String> listedServices = new ArrayList<>();
        String location = "";
    }

    void offer(NameMention m) {
        Entry e = entry(m);
        if (e.firstOffered == null || m.start() < e.firstOffered.start()) {
            e.firstOffered = m;
        }
        if (e.location.isEmpty()) {
            e.location = m.location();
        }
    }

    /** Ties a contact detail to the organization; an organization with a contact detail is offered. */
    void addContact(NameMention m, Contact c) {
        offer(m);
        Entry e = entry(m);
        switch (c.kind()) {
            case PHONE, SHORT_CODE, SERVICE_CODE -> e.numbers.add(c.value());
            case ADDRESS -> {
                if (e.address.isEmpty()) {
                    e.address = c.value();
                    if (e.location.isEmpty()) {
                        e.location = AddressFinder.city(c.value());
                    }
                }
            }
            case HOURS -> e.hours.add(c.value());
        }
    }

    /** Records what the organization offers (the first description wins); does not by itself make it offered. */
    void addServices(NameMention m, String services) {
        Entry e = entry(m);
        if (e.services.isEmpty() && !services.isEmpty()) {
            e.services = services;
        }
    }

    /** An item of a list introduced by a sentence about the organization ("... serves Windham County with:"). */
    void addListedService(NameMention m, String item) {
        Entry e = entry(m);
        if (e.listedServices.size() < MAX_LISTED_SERVICES && !item.isEmpty()) {
            e.listedServices.add(item);
        }
    }

    boolean hasServices(NameMention m) {
        Entry e = entries.get(m.key());
        return e != null && !e.services.isEmpty();
    }

    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.firstOffered == null) {
                continue;
            }
            NameMention m = e.firstOffered;
            Map<String, String> attributes = new TreeMap<>();
            attributes.put("name", m.name());
            putIfPresent(attributes, "phones", String.join(",", e.numbers));
            putIfPresent(attributes, "address", e.address);
            putIfPresent(attributes, "hours", String.join("; ", e.hours));
            String services = e.services.isEmpty() ? String.join("; ", e.listedServices) : e.services;
            putIfPresent(attributes, "services", services.isEmpty() ? m.descriptor() : services);
            putIfPresent(attributes, "location", e.location);
            double priority = e.numbers.isEmpty() ? PRIORITY_WITHOUT_NUMBER : PRIORITY_WITH_NUMBER;
            out.add(new Finding(FlagTypes.RESOURCE, m.start(), m.end(), m.name(), priority, attributes));
        }
        out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(Finding::normalized));
        return out;
    }

    private Entry entry(NameMention m) {
        return entries.computeIfAbsent(m.key(), k -> new Entry());
    }

    private static void putIfPresent(Map<String, String> attributes, String key, String value) {
        if (!value.isEmpty()) {
            attributes.put(key, value);
        }
    }
}
