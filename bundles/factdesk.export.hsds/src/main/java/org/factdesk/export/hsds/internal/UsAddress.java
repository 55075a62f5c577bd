package org.factdesk.export.hsds.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A complete United States postal address, recognized only when the text itself gives every part HSDS requires:
 * street, city, a USPS state code and a ZIP code ({@code "120 Elm Street, Albany, NY 12207"}). The country
 * {@code US} is the one inference: it follows from a USPS state code together with a ZIP code. Anything less
 * ({@code "40 Mansfield Ave"}) yields nothing, so the exporter never fills a required field with a guess.
 *
 * @param street     the street line(s) as written, e.g. {@code "1 Main St, Suite 200"}
 * @param city       the city
 * @param state      the two-letter USPS code, upper case
 * @param postalCode the ZIP or ZIP+4 code
 * @param postal     whether the street line is a post office box (HSDS {@code address_type} postal)
 */
record UsAddress(String street, String city, String state, String postalCode, boolean postal) {
    static final String COUNTRY = "US";

    /** Street, city, state and ZIP separated by commas; an optional trailing country name. Bounded by length. */
    private static final Pattern FULL = Pattern.compile(
            "(?<street>[^,]+(?:,[^,]+)?),\\s*(?<city>[^,\\d]+),\\s*(?<state>[A-Za-z]{2})\\.?,?\\s+"
                    + "(?<zip>\\d{5}(?:-\\d{4})?)(?:,?\\s*(?:USA|U\\.S\\.A\\.|US|U\\.S\\.|United States))?\\.?");
    private static final Pattern PO_BOX = Pattern.compile("(?i)^p\\.?\\s*o\\.?\\s*box\\b");
    private static final int MAX_LENGTH = 200;
    private static final Set<String> USPS_STATES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
            "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
            "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "VI", "GU",
            "AS", "MP");

    /**
     * @param address  the street address as the resource record gives it
     * @param location the town or area, which completes a street-only address when it holds city, state and ZIP
     */
    static Optional<UsAddress> parse(String address, String location) {
        Optional<UsAddress> alone = parse(address);
        if (alone.isPresent() || location.isBlank() || address.isBlank()) {
            return alone;
        }
        return parse(address.strip() + ", " + location.strip());
    }

    static Optional<UsAddress> parse(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty() || t.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = FULL.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String state = m.group("state").toUpperCase(Locale.ROOT);
        if (!USPS_STATES.contains(state)) {
            return Optional.empty();
        }
        String street = m.group("street").strip();
        return Optional.of(new UsAddress(street, m.group("city").strip(), state, m.group("zip"),
                PO_BOX.matcher(street).find()));
    }
}
