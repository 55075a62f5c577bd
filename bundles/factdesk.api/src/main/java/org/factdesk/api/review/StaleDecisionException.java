package org.factdesk.api.review;

/** A decision was made against an older version of a flag than the journal holds; it is refused, not merged. */
public class StaleDecisionException extends Exception {
    private static final long serialVersionUID = 1L;

    public StaleDecisionException(String message) {
        super(message);
    }
}
