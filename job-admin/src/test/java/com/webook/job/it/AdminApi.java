package com.webook.job.it;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Test kit: job-admin's console API over HTTP, as a script would call it (HTTP Basic). */
final class AdminApi {

    record Answer(int status, JsonNode body) {
        JsonNode data() {
            return body.path("data");
        }

        int code() {
            return body.path("code").asInt();
        }
    }

    private final RestClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    AdminApi(int port, String username, String password) {
        this.base = "http://127.0.0.1:" + port;
        RestClient.Builder builder = RestClient.builder().baseUrl(base);
        if (username != null) {
            builder.defaultHeader("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        this.http = builder.build();
    }

    String base() {
        return base;
    }

    Answer get(String path) {
        return http.get().uri(path).exchange((request, response) -> answer(response.getStatusCode(),
                response.getBody().readAllBytes()));
    }

    Answer post(String path, Object body) {
        return send("POST", path, body);
    }

    Answer put(String path, Object body) {
        return send("PUT", path, body);
    }

    Answer delete(String path) {
        return send("DELETE", path, null);
    }

    /** A raw POST with headers of the caller's choosing (the executor protocol). */
    Answer postRaw(String path, String body, Map<String, String> headers) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> headers.forEach(h::add)).body(body)
                .exchange((request, response) -> answer(response.getStatusCode(), response.getBody().readAllBytes()));
    }

    private Answer send(String method, String path, Object body) {
        var spec = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((request, response) -> answer(response.getStatusCode(), response.getBody().readAllBytes()));
    }

    private Answer answer(HttpStatusCode status, byte[] body) {
        try {
            return new Answer(status.value(), body.length == 0 ? json.nullNode() : json.readTree(body));
        } catch (java.io.IOException e) {
            return new Answer(status.value(), json.getNodeFactory().textNode(new String(body, StandardCharsets.UTF_8)));
        }
    }
}
