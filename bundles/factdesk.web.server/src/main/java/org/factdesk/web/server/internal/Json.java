package org.factdesk.web.server.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.document.Span;
import org.factdesk.api.evidence.Evidence;
import org.factdesk.api.review.Decision;

/** The JSON shapes of the API (see openapi.yaml). */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** The body as a JSON object. @throws ApiException 400 when it is not one */
    static ObjectNode parseObject(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("send a JSON object as the body");
        }
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n instanceof ObjectNode o) {
                return o;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not JSON");
        }
        throw ApiException.badRequest("the body must be a JSON object");
    }

    /**
     * A flag: the fields of {@code flags.jsonl}, with {@code version} as a number and the type-specific and review
     * facts under {@code attributes}.
     */
    static ObjectNode flag(Flag f) {
        ObjectNode o = object().put("id", f.id()).put("doc", f.doc()).put("type", f.type()).put("start", f.start())
                .put("end", f.end()).put("text", f.text()).put("normalized", f.normalized()).put("context", f.context())
                .put("status", f.status()).put("priority", f.priority())
                .put("version", version(f));
        ObjectNode a = o.putObject("attributes");
        for (Map.Entry<String, String> e : f.attributes().entrySet()) {
            if (!e.getKey().equals("version")) {
                a.put(e.getKey(), e.getValue());
            }
        }
        return o;
    }

    static long version(Flag f) {
        try {
            return Long.parseLong(f.attributes().getOrDefault("version", "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static ArrayNode flags(List<Flag> flags) {
        ArrayNode a = array();
        flags.forEach(f -> a.add(flag(f)));
        return a;
    }

    static ObjectNode decision(Decision d) {
        return object().put("flagId", d.flagId()).put("sequence", d.sequence()).put("verdict", d.verdict().label())
                .put("value", d.value()).put("evidence", d.evidence()).put("note", d.note()).put("reviewer", d.reviewer())
                .put("at", d.at().toString()).put("doc", d.doc()).put("type", d.type()).put("quote", d.quote())
                .put("context", d.context());
    }

    static ObjectNode evidence(Evidence e) {
        ObjectNode o = object().put("source", e.source()).put("reference", e.reference()).put("passage", e.passage())
                .put("assessment", e.assessment().label()).put("reason", e.reason()).put("score", e.score());
        o.set("highlights", spans(e.highlights()));
        return o;
    }

    /** Spans as {@code [[start, end], ...]}. */
    static ArrayNode spans(List<Span> spans) {
        ArrayNode a = array();
        for (Span s : spans) {
            a.addArray().add(s.start()).add(s.end());
        }
        return a;
    }
}
