package org.factdesk.api.export;

import java.util.List;
import java.util.Objects;

/**
 * An organization or service offered to readers, with its phones.
 *
 * @param id         a stable UUID derived from the name
 * @param name       the organization's name
 * @param location   the town or area it serves, or empty
 * @param address    street address, or empty
 * @param hours      opening hours as written ("24/7"), or empty
 * @param services   what it offers, as written, or empty
 * @param phones     its phone numbers, in a stable order
 * @param provenance the mention it was first found in
 */
public record ResourceRecord(String id, String name, String location, String address, String hours, String services,
                             List<PhoneRecord> phones, Provenance provenance) {
    public ResourceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        location = location == null ? "" : location;
        address = address == null ? "" : address;
        hours = hours == null ? "" : hours;
        services = services == null ? "" : services;
        phones = List.copyOf(phones);
        Objects.requireNonNull(provenance, "provenance");
    }
}
