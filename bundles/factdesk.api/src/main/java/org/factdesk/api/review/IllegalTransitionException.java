package org.factdesk.api.review;

/** The verdict is not allowed from the flag's current status; the message names both and what is allowed. */
public class IllegalTransitionException extends Exception {
    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String message) {
        super(message);
    }
}
