package org.factdesk.export.hsds.internal;

import org.factdesk.support.json.PrettyJson;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The taxonomy terms of the provenance attributes: one HSDS {@code attribute} per known fact about where a record
 * comes from and who vouched for it. HSDS has no field for a source URL, a quote or a reviewer, and its
 * {@code metadata} table is a change log whose fields are all required, so these facts are attributes whose
 * {@code value} holds the fact and whose embedded {@code taxonomy_term} says what it means.
 */
enum ProvenanceTerm {
    REVIEW_STATUS("review_status", "Review status",
            "Factdesk's review status of the record. Only verified and corrected mean that a person checked it "
                    + "against evidence; open, needs-recheck, disputed, unverifiable and not-a-claim mean that "
                    + "nobody vouches for it."),
    VERIFIED_DATE("verified_date", "Verified on",
            "The date (ISO 8601) a person last verified or corrected the record. Only on verified or corrected "
                    + "records."),
    RECHECK_DUE("recheck_due", "Re-check due",
            "The date (ISO 8601) by which the record must be checked again. Only on verified or corrected "
                    + "records."),
    REVIEWER("reviewer", "Reviewed by", "Who made the latest review decision."),
    EVIDENCE("evidence", "Evidence",
            "What the latest decision rests on: a URL with the date it was read, or a passage of a source "
                    + "document (doc:PATH#START-END)."),
    SOURCE_DOCUMENT("source_document", "Source document",
            "The document the record was found in: its URL, or urn:factdesk:doc:PATH when it has none."),
    SOURCE_TITLE("source_title", "Source title", "The title of the source document."),
    SOURCE_QUOTE("source_quote", "Source text", "The text as the source document gives it.");

    /** The free-text taxonomy name HSDS asks for when the taxonomy has no URI. */
    static final String TAXONOMY = "Factdesk provenance";

    private final String code;
    private final String label;
    private final String meaning;

    ProvenanceTerm(String code, String label, String meaning) {
        this.code = code;
        this.label = label;
        this.meaning = meaning;
    }

    String code() {
        return code;
    }

    String id() {
        return StableIds.derive("taxonomy_term", code);
    }

    ObjectNode toJson() {
        ObjectNode term = PrettyJson.object();
        term.put("id", id());
        term.put("code", code);
        term.put("name", label);
        term.put("description", meaning);
        term.put("taxonomy", TAXONOMY);
        return term;
    }
}
