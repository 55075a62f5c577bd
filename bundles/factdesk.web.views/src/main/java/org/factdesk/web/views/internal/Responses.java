package org.factdesk.web.views.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.workbench.ViewResponse;

/** JSON in and out for the views' endpoints. */
final class Responses {
    static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {
    }

    static ViewResponse ok(JsonNode body) {
        return ViewResponse.ok(text(body));
    }

    static ViewResponse error(int status, String message) {
        return new ViewResponse(status, text(JSON.createObjectNode().put("error", message)));
    }

    /** The body as a JSON object. @throws IllegalArgumentException (answered 400) when it is not one */
    static ObjectNode body(String body) {
        try {
            JsonNode n = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            if (n instanceof ObjectNode o) {
                return o;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
        throw new IllegalArgumentException("the body must be a JSON object");
    }

    private static String text(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
