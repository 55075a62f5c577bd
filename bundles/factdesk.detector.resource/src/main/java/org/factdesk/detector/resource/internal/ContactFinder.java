package org.factdesk.detector.resource.internal;

import java.util.List;

import org.factdesk.api.document.Span;

/**
 * All contact details in a range of text, in text order, without overlaps: numbers first (a number inside an
 * address or an hours field is a number), then addresses, then hours. Thread-safe.
 */
final class ContactFinder {
    private final PhoneFinder phones = new PhoneFinder();
    private final AddressFinder addresses = new AddressFinder();
    private final HoursFinder hours = new HoursFinder();

    List<Contact> find(String text, Span range) {
        NonOverlapping out = new NonOverlapping();
        phones.find(text, range.start(), range.end()).forEach(out::add);
        addresses.find(text, range.start(), range.end()).forEach(out::add);
        hours.find(text, range.start(), range.end()).forEach(out::add);
        return out.inOrder();
    }
}
