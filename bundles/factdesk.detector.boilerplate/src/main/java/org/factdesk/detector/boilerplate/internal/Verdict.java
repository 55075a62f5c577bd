package org.factdesk.detector.boilerplate.internal;

/**
 * What one block looks like on its own, before its neighbours are considered.
 *
 * @param strength how sure the block's own text makes it chrome
 * @param kind     the chrome kind, or null for {@link Strength#LINK_LIKE} and {@link Strength#CONTENT}
 */
record Verdict(Strength strength, ChromeKind kind) {
    enum Strength {
        /** Chrome by its text alone: "Leave a Reply", "Skip to main content", a copyright line. */
        CHROME,
        /** A known label that is chrome only in company: "Comments", "Contact us", "Facebook". */
        LABEL,
        /** A short unknown label that reads like a link: "For residents", "Pay a bill". */
        LINK_LIKE,
        /** Everything else. */
        CONTENT
    }

    static final Verdict CONTENT = new Verdict(Strength.CONTENT, null);
    static final Verdict LINK_LIKE = new Verdict(Strength.LINK_LIKE, null);

    boolean isKnown() {
        return strength == Strength.CHROME || strength == Strength.LABEL;
    }
}
