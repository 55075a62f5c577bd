package org.factdesk.detector.resource.internal;

import org.factdesk.api.document.Span;

/**
 * A contact detail found in the text: a way to reach an organization, where it is, or when it is open.
 *
 * @param kind  what it is
 * @param span  where it is written
 * @param value the canonical value: E.164 for a full number ({@code +13202350962}), the digits of a short or
 *              service code ({@code 233733}, {@code 911}), the address or the hours as written, white space collapsed
 */
record Contact(Kind kind, Span span, String value) {
    enum Kind {
        /** A full US phone number. */
        PHONE,
        /** An SMS short code after "text ... to". */
        SHORT_CODE,
        /** 211, 311, 411, 511, 611, 711, 811, 911 or 988 where the text says to call, dial or text it. */
        SERVICE_CODE,
        /** A street address. */
        ADDRESS,
        /** Opening hours: "24/7", "24-hour", "Mon–Fri 9–5". */
        HOURS
    }

    /** A number a reader can call or text. */
    boolean isNumber() {
        return kind == Kind.PHONE || kind == Kind.SHORT_CODE || kind == Kind.SERVICE_CODE;
    }

    int start() {
        return span.start();
    }

    int end() {
        return span.end();
    }
}
