package com.webook.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain HTTP client for one consumer-web instance, as a browser or curl would call it. Each client has
 * an address of its own in {@code X-Forwarded-For}, as behind a proxy: the consumer-web under test trusts
 * the proxy header from loopback (application-it.yml), so one scenario's requests do not count against
 * another's per-client limits. Instances started from the jar do not trust it, as in production.
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String baseUrl;
    private final String client;

    Api(String baseUrl) {
        this(baseUrl, "198.18." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255));
    }

    private Api(String baseUrl, String client) {
        this.baseUrl = baseUrl;
        this.client = client;
    }

    /** The same consumer-web, from another address. */
    Api from(String address) {
        return new Api(baseUrl, address);
    }

    String client() {
        return client;
    }

    /**
     * An error answer as every one must look: this status and code, a JSON envelope whose message is for
     * people (no exception names, no stack) and whose {@code data} is present and null.
     */
    static void assertEnvelope(Answer answer, int status, int code) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        assertThat(answer.code()).as(answer.raw().body()).isEqualTo(code);
        assertThat(answer.header("Content-Type")).as("content type").startsWith("application/json");
        assertThat(answer.msg()).as("msg").isNotBlank().doesNotContain("Exception").doesNotContain("at com.");
        assertThat(answer.body().has("data")).as("data present").isTrue();
        assertThat(answer.data().isNull()).as("data null").isTrue();
    }

    record Answer(int status, HttpResponse<String> raw, JsonNode body) {

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        int code() {
            return body.path("code").asInt(-1);
        }

        String msg() {
            return body.path("msg").asText();
        }

        JsonNode data() {
            return body.path("data");
        }
    }

    Answer get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    Answer post(String path, Object body, String token) {
        return postRaw(path, write(body), "application/json", token);
    }

    Answer postRaw(String path, String body, String contentType, String token) {
        HttpRequest.Builder builder = request(path, token).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    Answer put(String path, Object body, String token) {
        return send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(write(body)))
                .header("Content-Type", "application/json").build());
    }

    Answer putRaw(String path, String body, String token) {
        return send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build());
    }

    Answer delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    Answer send(String method, String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, null).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(builder::header);
        return send(builder.build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("X-Forwarded-For", client);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response, parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as JSON; an empty object when it is empty or not JSON (a Prometheus scrape, say). */
    private static JsonNode parse(String body) {
        try {
            return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return JSON.createObjectNode();
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
