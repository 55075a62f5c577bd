package org.factdesk.api.parse;

/** A file could not be turned into text. The message names the reason in words an editor can act on. */
public class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    public ParseException(String message) {
        super(message);
    }

    public ParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
