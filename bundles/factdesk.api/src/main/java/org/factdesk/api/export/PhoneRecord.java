package org.factdesk.api.export;

import java.util.Objects;

/**
 * A phone number of a resource.
 *
 * @param id         a stable UUID (the same flag gives the same id in every export)
 * @param flagId     the flag it comes from
 * @param number     E.164 or short-code digits; for a corrected number, the corrected value
 * @param channel    {@code voice}, {@code sms} or {@code tty}
 * @param extension  extension digits, or empty
 * @param asWritten  the number as the document wrote it (before any correction)
 * @param provenance where it comes from and who vouched for it
 */
public record PhoneRecord(String id, String flagId, String number, String channel, String extension, String asWritten,
                          Provenance provenance) {
    public PhoneRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(flagId, "flagId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(channel, "channel");
        extension = extension == null ? "" : extension;
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(provenance, "provenance");
    }
}
