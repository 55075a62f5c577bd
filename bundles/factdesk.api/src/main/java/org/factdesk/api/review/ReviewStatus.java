package org.factdesk.api.review;

/** The review statuses a flag can have; a verdict's label is the status it leads to. */
public final class ReviewStatus {
    /** Nobody has decided yet. */
    public static final String OPEN = "open";
    /** It was decided, but the decision expired or the claim changed: check it again. */
    public static final String NEEDS_RECHECK = "needs-recheck";

    private ReviewStatus() {
    }
}
