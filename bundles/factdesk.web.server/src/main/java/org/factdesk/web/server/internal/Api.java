package org.factdesk.web.server.internal;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Routes {@code /api/...} to its handler. Every route needs a signed-in user; which role it needs, the handler
 * decides. Answers are JSON; failures are {@link ApiException}s with their status.
 */
final class Api {
    /** An answer: a JSON tree, or JSON text a view produced. */
    record Answer(int status, JsonNode tree, String text) {
        static Answer of(JsonNode tree) {
            return new Answer(200, tree, null);
        }
    }

    private final DocumentsApi documents;
    private final FlagsApi flags;
    private final SearchApi search;
    private final ViewsApi views;

    Api(Backend backend) {
        this.documents = new DocumentsApi(backend);
        this.flags = new FlagsApi(backend);
        this.search = new SearchApi(backend);
        this.views = new ViewsApi(backend);
    }

    Answer handle(ApiRequest r) throws IOException {
        String first = r.segment(0);
        int n = r.segments().size();
        if (first == null) {
            throw ApiException.notFound("see /api/openapi.yaml for the API");
        }
        switch (first) {
            case "documents" -> {
                expect(r, "GET", n == 1);
                return Answer.of(documents.list(r));
            }
            case "document" -> {
                expect(r, "GET", n == 1);
                return Answer.of(documents.get(r));
            }
            case "search" -> {
                expect(r, "GET", n == 1);
                return Answer.of(search.search(r));
            }
            case "flags" -> {
                return flagRoute(r, n);
            }
            case "views" -> {
                if (n == 1) {
                    expect(r, "GET", true);
                    return Answer.of(views.list(r));
                }
                if (n == 3) {
                    ViewsApi.Answer a = views.call(r, r.segment(1), r.segment(2));
                    return new Answer(a.status(), null, a.json());
                }
                throw ApiException.notFound("views are at /api/views and /api/views/ID/ENDPOINT");
            }
            default -> throw ApiException.notFound("no API at /api/" + String.join("/", r.segments()));
        }
    }

    private Answer flagRoute(ApiRequest r, int n) throws IOException {
        if (n == 1) {
            expect(r, "GET", true);
            return Answer.of(flags.list(r));
        }
        String id = r.segment(1);
        if (n == 2) {
            expect(r, "GET", true);
            return Answer.of(flags.get(r, id));
        }
        if (n == 3) {
            switch (r.segment(2)) {
                case "evidence" -> {
                    expect(r, "GET", true);
                    return Answer.of(flags.evidence(r, id));
                }
                case "history" -> {
                    expect(r, "GET", true);
                    return Answer.of(flags.history(r, id));
                }
                case "review" -> {
                    expect(r, "POST", true);
                    return Answer.of(flags.review(r, id));
                }
                default -> {
                }
            }
        }
        throw ApiException.notFound("no API at /api/" + String.join("/", r.segments()));
    }

    private static void expect(ApiRequest r, String method, boolean pathMatches) {
        if (!pathMatches) {
            throw ApiException.notFound("no API at /api/" + String.join("/", r.segments()));
        }
        r.user();
        if (!r.method().equals(method) && !(method.equals("GET") && r.method().equals("HEAD"))) {
            throw new ApiException(405, "use " + method + " for /api/" + String.join("/", r.segments()));
        }
    }
}
