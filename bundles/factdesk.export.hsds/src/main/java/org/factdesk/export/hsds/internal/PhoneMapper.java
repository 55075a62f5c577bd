package org.factdesk.export.hsds.internal;

import org.factdesk.support.json.PrettyJson;
import org.factdesk.api.export.PhoneRecord;
import org.factdesk.api.export.Provenance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A phone record as an HSDS {@code phone} of its service.
 *
 * <p>{@code type} follows the RFC 6350 list that phone.json names: voice → {@code voice}, sms → {@code text},
 * tty → {@code textphone}; another channel gets no type and is named in the description. {@code extension} is an
 * HSDS number, so only digits without a leading zero go there; any other extension is kept in the description.
 * The description says the channel and the verification in words ("Verified by Factdesk on 2026-11-20; re-check
 * due 2027-05-20." or "Not verified (status: open): confirm the number before use."). A corrected number also gets a
 * {@code metadata} change-log entry: the number as the source wrote it, the corrected one, who and when.
 */
final class PhoneMapper {
    private static final int MAX_NUMERIC_EXTENSION_DIGITS = 9;

    private final ProvenanceAttributes provenance;
    private final String publisher;

    PhoneMapper(ProvenanceAttributes provenance, String publisher) {
        this.provenance = provenance;
        this.publisher = publisher;
    }

    ObjectNode map(PhoneRecord phone, String serviceId) {
        ObjectNode node = PrettyJson.object();
        node.put("id", phone.id());
        node.put("service_id", serviceId);
        node.put("number", phone.number());
        boolean numericExtension = isNumericExtension(phone.extension());
        if (numericExtension) {
            node.put("extension", Long.parseLong(phone.extension()));
        }
        String type = rfc6350Type(phone.channel());
        if (!type.isEmpty()) {
            node.put("type", type);
        }
        node.put("description", description(phone, numericExtension));
        node.set("attributes", provenance.of(phone.id(), "phone", phone.provenance()));
        ArrayNode metadata = correction(phone);
        if (!metadata.isEmpty()) {
            node.set("metadata", metadata);
        }
        return node;
    }

    static String rfc6350Type(String channel) {
        return switch (channel) {
            case "voice" -> "voice";
            case "sms" -> "text";
            case "tty" -> "textphone";
            default -> "";
        };
    }

    static boolean isNumericExtension(String extension) {
        return !extension.isEmpty() && extension.length() <= MAX_NUMERIC_EXTENSION_DIGITS
                && extension.charAt(0) != '0' && extension.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private String description(PhoneRecord phone, boolean numericExtension) {
        StringBuilder text = new StringBuilder(channelLabel(phone.channel())).append('.');
        if (!phone.extension().isEmpty() && !numericExtension) {
            text.append(" Extension ").append(phone.extension()).append('.');
        }
        return text.append(' ').append(verification(phone)).toString();
    }

    private static String channelLabel(String channel) {
        return switch (channel) {
            case "voice" -> "Voice line";
            case "sms" -> "Text (SMS) line";
            case "tty" -> "TTY line (text telephone)";
            default -> "Channel: " + channel;
        };
    }

    private String verification(PhoneRecord phone) {
        Provenance p = phone.provenance();
        if (!p.verified()) {
            return "Not verified (status: " + p.status() + "): confirm the number before use.";
        }
        StringBuilder text = new StringBuilder(p.status().equals("corrected") ? "Corrected" : "Verified")
                .append(" by ").append(publisher);
        String date = ReviewDates.verifiedDate(p);
        if (!date.isEmpty()) {
            text.append(" on ").append(date);
        }
        if (p.status().equals("corrected") && !phone.asWritten().isBlank()) {
            text.append(": the source gave ").append(phone.asWritten().strip());
        }
        if (!p.recheckDue().isBlank()) {
            text.append("; re-check due ").append(p.recheckDue().strip());
        }
        return text.append('.').toString();
    }

    /** HSDS metadata requires every field, so an entry is written only when who and when are both known. */
    private static ArrayNode correction(PhoneRecord phone) {
        ArrayNode metadata = PrettyJson.array();
        Provenance p = phone.provenance();
        String date = ReviewDates.decisionDate(p);
        if (!p.status().equals("corrected") || date.isEmpty() || p.reviewer().isBlank()) {
            return metadata;
        }
        ObjectNode entry = PrettyJson.object();
        entry.put("id", StableIds.derive("metadata:number", phone.id()));
        entry.put("resource_id", phone.id());
        entry.put("resource_type", "phone");
        entry.put("last_action_date", date);
        entry.put("last_action_type", "corrected");
        entry.put("field_name", "number");
        entry.put("previous_value", phone.asWritten());
        entry.put("replacement_value", phone.number());
        entry.put("updated_by", p.reviewer());
        metadata.add(entry);
        return metadata;
    }
}
