package org.factdesk.export.hsds.internal;

import org.factdesk.support.json.PrettyJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.factdesk.api.export.DocumentInfo;
import org.factdesk.api.export.PhoneRecord;
import org.factdesk.api.export.ResourceRecord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A resource record as one HSDS 3.0 {@code organization} with one nested {@code service}, which carries the phones,
 * the hours, the area served and the provenance. See {@link HsdsExporter} for the field mapping.
 */
final class OrganizationMapper {
    /** HSDS requires an organization description; the record has none when the source named no services. */
    static final String NO_DESCRIPTION = "No description in the source document.";

    private final ProvenanceAttributes provenance;
    private final PhoneMapper phones;
    private final String publisher;

    OrganizationMapper(Map<String, DocumentInfo> documents, String publisher) {
        this.provenance = new ProvenanceAttributes(documents);
        this.phones = new PhoneMapper(provenance, publisher);
        this.publisher = publisher;
    }

    ObjectNode map(ResourceRecord r) {
        String organizationId = r.id();
        ObjectNode organization = PrettyJson.object();
        organization.put("id", organizationId);
        organization.put("name", r.name());
        organization.put("description", r.services().isBlank() ? NO_DESCRIPTION : r.services().strip());
        Optional<ObjectNode> location = location(r, organizationId);
        ArrayNode services = PrettyJson.array();
        services.add(service(r, organizationId, location.map(l -> l.get("id").asText())));
        organization.set("services", services);
        location.ifPresent(l -> organization.set("locations", PrettyJson.array().add(l)));
        return organization;
    }

    private ObjectNode service(ResourceRecord r, String organizationId, Optional<String> locationId) {
        String serviceId = StableIds.derive("service", r.id());
        ObjectNode service = PrettyJson.object();
        service.put("id", serviceId);
        service.put("organization_id", organizationId);
        service.put("name", r.name());
        if (!r.services().isBlank()) {
            service.put("description", r.services().strip());
        }
        // HSDS has no "unknown" status; nothing in a review says a service closed, and an unverified one says so in
        // the alert and in its review_status attribute.
        service.put("status", "active");
        String alert = unverifiedAlert(r);
        if (!alert.isEmpty()) {
            service.put("alert", alert);
        }
        String assured = assuredDate(r);
        if (!assured.isEmpty()) {
            service.put("assured_date", assured);
        }
        if (!r.phones().isEmpty()) {
            ArrayNode phoneNodes = PrettyJson.array();
            r.phones().forEach(p -> phoneNodes.add(phones.map(p, serviceId)));
            service.set("phones", phoneNodes);
        }
        if (!r.hours().isBlank()) {
            ObjectNode schedule = PrettyJson.object();
            schedule.put("id", StableIds.derive("schedule", r.id()));
            schedule.put("service_id", serviceId);
            schedule.put("description", r.hours().strip());
            service.set("schedules", PrettyJson.array().add(schedule));
        }
        if (!r.location().isBlank()) {
            ObjectNode area = PrettyJson.object();
            area.put("id", StableIds.derive("service_area", r.id()));
            area.put("service_id", serviceId);
            area.put("name", r.location().strip());
            service.set("service_areas", PrettyJson.array().add(area));
        }
        locationId.ifPresent(id -> {
            ObjectNode link = PrettyJson.object();
            link.put("id", StableIds.derive("service_at_location", r.id()));
            link.put("service_id", serviceId);
            link.put("location_id", id);
            service.set("service_at_locations", PrettyJson.array().add(link));
        });
        service.set("attributes", provenance.of(serviceId, "service", r.provenance()));
        return service;
    }

    /** The latest verification date of the record itself and of its phones, counting verified records only. */
    static String assuredDate(ResourceRecord r) {
        String latest = ReviewDates.verifiedDate(r.provenance());
        for (PhoneRecord p : r.phones()) {
            latest = ReviewDates.later(latest, ReviewDates.verifiedDate(p.provenance()));
        }
        return latest;
    }

    /**
     * Names each part of the service nobody verified; empty when everything is verified or corrected. The listing's
     * own details and its phones are named apart: a default export holds an unverified listing when one of its
     * phones was verified, and the alert must not cast doubt on that number.
     */
    private String unverifiedAlert(ResourceRecord r) {
        List<String> parts = new ArrayList<>();
        if (!r.provenance().verified()) {
            parts.add("the name and details of this listing (status: " + r.provenance().status() + ")");
        }
        for (PhoneRecord p : r.phones()) {
            if (!p.provenance().verified()) {
                parts.add("phone " + p.number() + " (status: " + p.provenance().status() + ")");
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        return "Not verified by " + publisher + ": " + String.join("; ", parts)
                + ". Check them before referring anyone.";
    }

    /**
     * A physical (or, for a PO box, postal) location when the record has a street address. The HSDS address object
     * is added only when {@link UsAddress} finds every required part in the text; otherwise the street and town go
     * into the location's description.
     */
    private static Optional<ObjectNode> location(ResourceRecord r, String organizationId) {
        if (r.address().isBlank()) {
            return Optional.empty();
        }
        String locationId = StableIds.derive("location", r.id());
        Optional<UsAddress> address = UsAddress.parse(r.address(), r.location());
        ObjectNode location = PrettyJson.object();
        location.put("id", locationId);
        location.put("location_type", address.filter(UsAddress::postal).isPresent() ? "postal" : "physical");
        location.put("organization_id", organizationId);
        location.put("name", r.name());
        location.put("description", describedPlace(r.address(), r.location()));
        address.ifPresent(a -> {
            ObjectNode node = PrettyJson.object();
            node.put("id", StableIds.derive("address", r.id()));
            node.put("location_id", locationId);
            node.put("address_1", a.street());
            node.put("city", a.city());
            node.put("state_province", a.state());
            node.put("postal_code", a.postalCode());
            node.put("country", UsAddress.COUNTRY);
            node.put("address_type", a.postal() ? "postal" : "physical");
            location.set("addresses", PrettyJson.array().add(node));
        });
        return Optional.of(location);
    }

    /** {@code "40 Mansfield Ave, Willimantic"}: the street, and the town unless the street line already names it. */
    static String describedPlace(String address, String town) {
        String street = address.strip();
        String place = town.strip();
        if (place.isEmpty() || street.toLowerCase(Locale.ROOT).contains(place.toLowerCase(Locale.ROOT))) {
            return street;
        }
        return street + ", " + place;
    }
}
