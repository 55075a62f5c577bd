package org.factdesk.api.detect;

/**
 * The flag types of the {@code flags.jsonl} contract. A detector registers the type it produces in the
 * service property {@link Detector#TYPE}.
 */
public final class FlagTypes {
    /** A phone number, SMS short code, N11 service code or TTY line; normalized to E.164 or bare digits. */
    public static final String PHONE = "phone";
    /** A percentage, count, multiplier, money amount, duration or range asserted as fact. */
    public static final String STATISTIC = "statistic";
    /** A legal citation, normalized to a canonical form with a link to the official text. */
    public static final String CITATION = "citation";
    /** A claim credited to a named source. */
    public static final String ATTRIBUTION = "attribution";
    /** A sentence that makes a checkable factual assertion. */
    public static final String CLAIM = "claim";
    /** Text a language model left behind: refusals, self-descriptions, off-topic answers. */
    public static final String ARTIFACT = "artifact";
    /** Site chrome that is not content. */
    public static final String BOILERPLATE = "boilerplate";
    /** A dated or time-bound statement, with its age. */
    public static final String STALE = "stale";
    /** An organization or service offered to readers, with its contact details. */
    public static final String RESOURCE = "resource";
    /** The corpus disagrees with itself or with the reference registry. */
    public static final String CONFLICT = "conflict";

    private FlagTypes() {
    }
}
