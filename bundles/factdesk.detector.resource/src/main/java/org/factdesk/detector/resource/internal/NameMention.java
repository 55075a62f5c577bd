package org.factdesk.detector.resource.internal;

import java.util.Locale;

import org.factdesk.api.document.Span;

/**
 * An organization named in the text.
 *
 * @param span       the name as written, with a possessive place before it and a generic word after it
 *                   ("Willmar’s Safe Avenues shelter", "Windham PD tip line")
 * @param name       the canonical name: "Safe Avenues", "Windham PD", "SERA (Safe Education Resources &amp; Advocacy)"
 * @param location   the town written with it ("Willmar" in "Willmar’s Safe Avenues shelter"), or ""
 * @param descriptor the generic words after the name ("shelter", "tip line"), or ""
 * @param marked     true when the name or its descriptor has a word that only organizations have ("Center",
 *                   "Coalition", "Hotline", "PD", "shelter"); an unmarked capitalized phrase ("Safe Avenues",
 *                   "Operation Guardian") needs more evidence before it is taken for an organization
 */
record NameMention(Span span, String name, String location, String descriptor, boolean marked) {
    int start() {
        return span.start();
    }

    int end() {
        return span.end();
    }

    /** The key under which mentions of one organization are merged: lower case, no leading "the", plain quotes. */
    String key() {
        String k = name.toLowerCase(Locale.ROOT).replace('’', '\'');
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
