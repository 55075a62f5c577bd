package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight editors at once, through the HTTP API of {@code factdesk serve}, deciding on the same few flags for 30
 * seconds: every accepted decision is in the journal and the history, every refused one was really stale (409),
 * nothing deadlocks. Prints the latency of recording a decision.
 */
class ConcurrentEditorsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    private static final Duration RUN_FOR = Duration.ofSeconds(30);
    private static final String EVIDENCE = "doc:seed/004_9a1e396f60b61b24.txt#0-40";

    @TempDir
    Path work;

    private record Outcome(String flag, int status, long micros) {
    }

    @Test
    void noLostUpdateAndEveryStaleDecisionIsRefused() throws Exception {
        FactdeskProcess.copyCorpus(work.resolve("corpus"));
        assertEquals(0, FactdeskProcess.run(work, "run", "corpus", "--out", "out", "--data", "data").exitCode());
        Files.writeString(work.resolve("ed.pw"), "a long editor password\n");
        FactdeskProcess.Result added = FactdeskProcess.run(work, "user", "add", "ed", "--role", "editor",
                "--password-file", "ed.pw", "--data", "data");
        assertEquals(0, added.exitCode(), added.out() + added.err());
        List<String> flags = new ArrayList<>();
        for (String line : Files.readAllLines(work.resolve("out/flags.jsonl"))) {
            JsonNode f = JSON.readTree(line);
            if (f.get("type").asText().equals("phone") && flags.size() < 5) {
                flags.add(f.get("id").asText());
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        try (WorkbenchServer server = WorkbenchServer.start(work, "data", port)) {
            String base = "http://127.0.0.1:" + port;
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long until = System.nanoTime() + RUN_FOR.toNanos();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                            .connectTimeout(Duration.ofSeconds(5)).build();
                    HttpResponse<String> session = http.send(post(base + "/api/session", null,
                            "{\"name\":\"ed\",\"password\":\"a long editor password\"}"), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, session.statusCode(), session.body());
                    String csrf = JSON.readTree(session.body()).get("csrf").asText();
                    Random random = new Random(client);
                    int n = 0;
                    while (System.nanoTime() < until) {
                        String flag = flags.get(random.nextInt(flags.size()));
                        HttpResponse<String> got = http.send(HttpRequest.newBuilder(URI.create(base + "/api/flags/" + flag))
                                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, got.statusCode(), got.body());
                        long version = JSON.readTree(got.body()).at("/flag/version").asLong();
                        String body = "{\"verdict\":\"verified\",\"evidence\":\"" + EVIDENCE + "\",\"note\":\"client " + client
                                + " #" + n++ + "\",\"version\":" + version + "}";
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(post(base + "/api/flags/" + flag + "/review", csrf, body),
                                HttpResponse.BodyHandlers.ofString());
                        outcomes.add(new Outcome(flag, r.statusCode(), (System.nanoTime() - t0) / 1000));
                        if (r.statusCode() == 200) {
                            accepted.computeIfAbsent(flag, k -> new AtomicInteger()).incrementAndGet();
                        } else {
                            assertEquals(409, r.statusCode(), r.body());
                            assertEquals("stale", JSON.readTree(r.body()).path("reason").asText(), r.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get(RUN_FOR.toSeconds() + 60, TimeUnit.SECONDS); // a deadlock would time out here
            }
            pool.shutdown();

            int total = 0;
            for (String flag : flags) {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                http.send(post(base + "/api/session", null, "{\"name\":\"ed\",\"password\":\"a long editor password\"}"),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode history = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/flags/" + flag
                        + "/history")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
                int expected = accepted.getOrDefault(flag, new AtomicInteger()).get();
                JsonNode decisions = history.has("decisions") ? history.get("decisions") : history;
                assertEquals(expected, decisions.size(), "history of " + flag + ": every accepted decision, no other");
                total += expected;
            }
            long journal = Files.readAllLines(work.resolve("data/journal.jsonl")).size();
            assertEquals(total, journal, "the journal holds exactly the accepted decisions");
            assertTrue(total > 20, "decisions were accepted: " + total);
        }
        List<Long> latencies = outcomes.stream().filter(o -> o.status() == 200).map(Outcome::micros).sorted().toList();
        long stale = outcomes.stream().filter(o -> o.status() == 409).count();
        System.out.printf("concurrent editors: %d clients, %d s, %d decisions accepted, %d refused as stale (409); "
                        + "recording a decision p50 %.1f ms, p99 %.1f ms%n", CLIENTS, RUN_FOR.toSeconds(), latencies.size(), stale,
                latencies.get(latencies.size() / 2) / 1000.0, latencies.get((int) (latencies.size() * 0.99)) / 1000.0);
        assertTrue(stale > 0, "overlapping editors met stale versions");
    }

    @Test
    void everyAcknowledgedHttpDecisionSurvivesAKillDashNineOfTheServer() throws Exception {
        FactdeskProcess.copyCorpus(work.resolve("corpus"));
        assertEquals(0, FactdeskProcess.run(work, "run", "corpus", "--out", "out", "--data", "data").exitCode());
        Files.writeString(work.resolve("ed.pw"), "a long editor password\n");
        assertEquals(0, FactdeskProcess.run(work, "user", "add", "ed", "--role", "editor", "--password-file", "ed.pw",
                "--data", "data").exitCode());
        List<String> flags = new ArrayList<>();
        for (String line : Files.readAllLines(work.resolve("out/flags.jsonl"))) {
            JsonNode f = JSON.readTree(line);
            if (f.get("type").asText().equals("phone")) {
                flags.add(f.get("id").asText());
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        try (WorkbenchServer server = WorkbenchServer.start(work, "data", port)) {
            String base = "http://127.0.0.1:" + port;
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int c = 0; c < 4; c++) {
                int client = c;
                pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                    String csrf = JSON.readTree(http.send(post(base + "/api/session", null,
                            "{\"name\":\"ed\",\"password\":\"a long editor password\"}"),
                            HttpResponse.BodyHandlers.ofString()).body()).get("csrf").asText();
                    for (int n = 0; ; n++) {
                        String flag = flags.get((client + n * 4) % flags.size());
                        String note = "client " + client + " #" + n;
                        long version = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/flags/" + flag))
                                .GET().build(), HttpResponse.BodyHandlers.ofString()).body()).at("/flag/version").asLong();
                        String body = "{\"verdict\":\"verified\",\"evidence\":\"" + EVIDENCE + "\",\"note\":\"" + note
                                + "\",\"version\":" + version + "}";
                        HttpResponse<String> r = http.send(post(base + "/api/flags/" + flag + "/review", csrf, body),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            acknowledged.add(note);
                        }
                    }
                });
            }
            long deadline = System.currentTimeMillis() + 60_000;
            while (acknowledged.size() < 80 && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            server.kill(); // mid-burst: requests are in flight
            pool.shutdownNow();
        }
        List<String> snapshot = new ArrayList<>(acknowledged);
        assertTrue(snapshot.size() >= 80, "decisions were acknowledged before the kill: " + snapshot.size());
        // restart: the journal opens (a torn last line is cut) and every acknowledged decision is there
        FactdeskProcess.Result status = FactdeskProcess.run(work, "status", "--data", "data");
        assertEquals(0, status.exitCode(), status.err());
        String journal = Files.readString(work.resolve("data/journal.jsonl"));
        for (String note : snapshot) {
            assertTrue(journal.contains("\"note\":\"" + note + "\""), "acknowledged over HTTP and lost: " + note);
        }
        System.out.printf("HTTP burst: server killed after %d acknowledged decisions; all %d found after restart%n",
                snapshot.size(), snapshot.size());
    }

    private static HttpRequest post(String url, String csrf, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return b.build();
    }
}
