package org.factdesk.web.server.internal;

/** A request the API refuses: answered with {@code status} and {@code {"error": message}}. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String reason;

    ApiException(int status, String message) {
        this(status, message, null);
    }

    /** @param reason a machine-readable word for clients that act on it ({@code stale}, {@code transition}) */
    ApiException(int status, String message, String reason) {
        super(message);
        this.status = status;
        this.reason = reason;
    }

    int status() {
        return status;
    }

    String reason() {
        return reason;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }
}
