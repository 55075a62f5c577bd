package org.factdesk.export.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.export.ClaimRecord;
import org.factdesk.api.export.Dataset;
import org.factdesk.api.export.DocumentInfo;
import org.factdesk.api.export.PhoneRecord;
import org.factdesk.api.export.Provenance;
import org.factdesk.api.export.ResourceRecord;

/**
 * Turns the workspace's flags, with the status the journal gives them, into the dataset downstream apps get.
 *
 * <p>Rules: by default only what a person verified or corrected is exported, a corrected value replacing the
 * detected one; with {@code includeUnverified} everything is, each record keeping its status so the formats can
 * mark it. A resource is exported when it was verified itself or has a verified phone. A phone belongs to the
 * resource its flag names ({@code entity}) or whose mention lists it in the same document; a phone no resource
 * claims goes to a resource standing for its document ("Numbers listed in: TITLE"), never to a guessed owner.
 * Ids are name-based UUIDs of stable strings, so every export gives a record the same id.
 */
final class DatasetBuilder {
    static final Set<String> CLAIM_TYPES = Set.of(FlagTypes.STATISTIC, FlagTypes.CITATION, FlagTypes.ATTRIBUTION,
            FlagTypes.CLAIM);

    private DatasetBuilder() {
    }

    static Dataset build(List<Flag> flags, Map<String, DocumentInfo> manifest, boolean includeUnverified) {
        Map<String, ResourceDraft> resources = new TreeMap<>();
        for (Flag f : flags) {
            if (f.type().equals(FlagTypes.RESOURCE)) {
                resources.computeIfAbsent(key(f.normalized()), k -> new ResourceDraft(f));
            }
        }
        Map<String, String> listedWith = listedNumbers(flags);
        for (Flag f : flags) {
            if (!f.type().equals(FlagTypes.PHONE)) {
                continue;
            }
            ResourceDraft owner = owner(f, resources, listedWith, manifest);
            owner.phones.add(phone(f));
        }
        List<ResourceRecord> outResources = new ArrayList<>();
        for (ResourceDraft r : resources.values()) {
            List<PhoneRecord> phones = r.phones.stream()
                    .filter(p -> includeUnverified || p.provenance().verified())
                    .sorted(Comparator.comparing(PhoneRecord::number).thenComparing(PhoneRecord::flagId)).toList();
            boolean wanted = includeUnverified || r.provenance.verified() || !phones.isEmpty();
            if (wanted) {
                outResources.add(new ResourceRecord(uuid("resource:" + key(r.name)), r.name, r.attr("location"),
                        r.attr("address"), r.attr("hours"), r.attr("services"), phones, r.provenance));
            }
        }
        outResources.sort(Comparator.comparing(ResourceRecord::name).thenComparing(ResourceRecord::id));
        List<ClaimRecord> claims = new ArrayList<>();
        for (Flag f : flags) {
            if (CLAIM_TYPES.contains(f.type())) {
                Provenance p = provenance(f);
                if (includeUnverified || p.verified()) {
                    claims.add(new ClaimRecord(uuid("claim:" + f.id()), f.id(), f.type(), f.normalized(),
                            f.attributes().getOrDefault("verdict", ""), f.attributes().getOrDefault("corrected_value", ""), p));
                }
            }
        }
        Map<String, DocumentInfo> documents = new TreeMap<>();
        outResources.forEach(r -> {
            cite(documents, manifest, r.provenance().doc());
            r.phones().forEach(p -> cite(documents, manifest, p.provenance().doc()));
        });
        claims.forEach(c -> cite(documents, manifest, c.provenance().doc()));
        String stateAsOf = flags.stream().map(f -> f.attributes().getOrDefault("reviewed_at", ""))
                .max(Comparator.naturalOrder()).orElse("");
        return new Dataset(outResources, claims, documents, stateAsOf);
    }

    /**
     * For each document and number that a resource flag lists in its {@code phones}, the key of the first such
     * resource: looked up per phone flag, so the dataset is built in one pass over the flags.
     */
    private static Map<String, String> listedNumbers(List<Flag> flags) {
        Map<String, String> listed = new HashMap<>();
        for (Flag r : flags) {
            if (r.type().equals(FlagTypes.RESOURCE)) {
                for (String number : r.attributes().getOrDefault("phones", "").split(",")) {
                    listed.putIfAbsent(r.doc() + '\u0000' + number, key(r.normalized()));
                }
            }
        }
        return listed;
    }

    private static ResourceDraft owner(Flag phone, Map<String, ResourceDraft> resources, Map<String, String> listedWith,
                                       Map<String, DocumentInfo> manifest) {
        String entity = phone.attributes().get("entity");
        if (entity != null && !entity.isBlank()) {
            return resources.computeIfAbsent(key(entity), k -> new ResourceDraft(entity, phone));
        }
        String listed = listedWith.get(phone.doc() + '\u0000' + phone.normalized());
        if (listed != null) {
            return resources.get(listed);
        }
        DocumentInfo info = manifest.get(phone.doc());
        String name = "Numbers listed in: " + (info == null || info.title().isEmpty() ? phone.doc() : info.title());
        return resources.computeIfAbsent(key(name), k -> new ResourceDraft(name, phone.withStatus("open")));
    }

    private static PhoneRecord phone(Flag f) {
        String corrected = f.attributes().get("corrected_value");
        String number = f.status().equals("corrected") && corrected != null ? corrected : f.normalized();
        return new PhoneRecord(uuid("phone:" + f.id()), f.id(), number, f.attributes().getOrDefault("channel", "voice"),
                f.attributes().getOrDefault("extension", ""), f.text(), provenance(f));
    }

    static Provenance provenance(Flag f) {
        Map<String, String> a = f.attributes();
        return new Provenance(f.doc(), f.text(), f.start(), f.end(), f.status(), a.get("evidence"), a.get("reviewer"),
                a.get("reviewed_at"), a.get("verified_at"), a.get("recheck_due"), a.get("note"));
    }

    private static void cite(Map<String, DocumentInfo> documents, Map<String, DocumentInfo> manifest, String doc) {
        documents.computeIfAbsent(doc, d -> manifest.getOrDefault(d, new DocumentInfo(d, "", "", "", "", "")));
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static String uuid(String stable) {
        return UUID.nameUUIDFromBytes(stable.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A resource while its phones are being collected. */
    private static final class ResourceDraft {
        final String name;
        final Provenance provenance;
        final Map<String, String> attributes;
        final List<PhoneRecord> phones = new ArrayList<>();

        ResourceDraft(Flag resource) {
            this(resource.normalized(), resource);
        }

        ResourceDraft(String name, Flag mention) {
            this.name = name.strip();
            this.provenance = provenance(mention.type().equals(FlagTypes.RESOURCE) ? mention : mention.withStatus("open"));
            this.attributes = mention.type().equals(FlagTypes.RESOURCE) ? new LinkedHashMap<>(mention.attributes()) : Map.of();
        }

        String attr(String k) {
            return attributes.getOrDefault(k, "");
        }
    }
}
