package org.factdesk.support.text;

/** The bytes are not a text document (binary content under a text file name). */
public final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotTextException(String message) {
        super(message);
    }
}
