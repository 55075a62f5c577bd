package org.factdesk.export.hsds.internal;

import org.factdesk.support.json.PrettyJson;
import java.util.Map;

import org.factdesk.api.export.DocumentInfo;
import org.factdesk.api.export.Provenance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A record's provenance as HSDS {@code attributes}, in the order of {@link ProvenanceTerm}; facts that are not known
 * are left out rather than written empty. {@code review_status} is always there, so every exported service and phone
 * says whether a person checked it. The verification dates are written only when {@link Provenance#verified()}:
 * a stale date on a record that is open again must not read as a verification.
 */
final class ProvenanceAttributes {
    static final String LINK_TYPE = "provenance";

    private final Map<String, DocumentInfo> documents;

    ProvenanceAttributes(Map<String, DocumentInfo> documents) {
        this.documents = documents;
    }

    /**
     * @param linkId     the id of the HSDS object the attributes describe
     * @param linkEntity its HSDS table, {@code service} or {@code phone}
     */
    ArrayNode of(String linkId, String linkEntity, Provenance provenance) {
        DocumentInfo info = documents.get(provenance.doc());
        ArrayNode attributes = PrettyJson.array();
        for (ProvenanceTerm term : ProvenanceTerm.values()) {
            String value = valueOf(term, provenance, info).strip();
            if (!value.isEmpty()) {
                attributes.add(attribute(linkId, linkEntity, term, value));
            }
        }
        return attributes;
    }

    private static String valueOf(ProvenanceTerm term, Provenance p, DocumentInfo info) {
        return switch (term) {
            case REVIEW_STATUS -> p.status();
            case VERIFIED_DATE -> p.verified() ? p.verifiedAt() : "";
            case RECHECK_DUE -> p.verified() ? p.recheckDue() : "";
            case REVIEWER -> p.reviewer();
            case EVIDENCE -> p.evidence();
            case SOURCE_DOCUMENT -> (info != null ? info.reference() : DocumentInfo.urn(p.doc()));
            case SOURCE_TITLE -> info == null ? "" : info.title();
            case SOURCE_QUOTE -> p.quote();
        };
    }

    private static ObjectNode attribute(String linkId, String linkEntity, ProvenanceTerm term, String value) {
        ObjectNode attribute = PrettyJson.object();
        attribute.put("id", StableIds.derive("attribute:" + term.code(), linkId));
        attribute.put("link_id", linkId);
        attribute.put("link_type", LINK_TYPE);
        attribute.put("link_entity", linkEntity);
        attribute.put("taxonomy_term_id", term.id());
        attribute.put("value", value);
        attribute.set("taxonomy_term", term.toJson());
        return attribute;
    }
}
