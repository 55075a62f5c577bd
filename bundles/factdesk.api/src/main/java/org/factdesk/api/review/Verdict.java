package org.factdesk.api.review;

/** An editor's decision about a flag. */
public enum Verdict {
    VERIFIED("verified"),
    CORRECTED("corrected"),
    DISPUTED("disputed"),
    UNVERIFIABLE("unverifiable"),
    NOT_A_CLAIM("not-a-claim");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The word used in files and on the command line. */
    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the allowed words */
    public static Verdict fromLabel(String label) {
        for (Verdict v : values()) {
            if (v.label.equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + label
                + "': use verified, corrected, disputed, unverifiable or not-a-claim");
    }
}
