package com.webook.governance.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.governance.testkit.TestEtcd;
import com.webook.governance.testkit.TestRun;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every console test runs against one console (one Spring context for the run): its own database, the test
 * run's etcd namespace, the operators' etcd account, as the bring-up starts it.
 */
@SpringBootTest(classes = GovernanceConsoleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
abstract class ConsoleIT {

    static final String USER = "operator";
    static final String PASSWORD = "it-console-password-0123";
    static final String NAMESPACE = TestRun.etcdNamespace();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("webook.mysql.database", () -> TestRun.database("governance"));
        registry.add("webook.etcd.namespace", () -> NAMESPACE);
        registry.add("webook.etcd.username", () -> TestEtcd.OPERATOR);
        registry.add("webook.etcd.password", () -> TestEtcd.password(TestEtcd.secrets(), TestEtcd.OPERATOR));
    }

    /** An answer of the console: its status and its envelope. */
    record Answer(int status, JsonNode body) {

        JsonNode data() {
            return body.path("data");
        }

        int code() {
            return body.path("code").asInt();
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic()).GET());
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic()).DELETE());
    }

    /** A heartbeat as Sentinel's simple-http transport sends it: a form POST without credentials. */
    Answer heartbeat(String app, String ip, int port) {
        String form = "app=" + app + "&ip=" + ip + "&port=" + port + "&hostname=it&v=1.8.8&version="
                + System.currentTimeMillis() + "&app_type=0";
        return send(HttpRequest.newBuilder(uri("/registry/machine"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    Answer anonymous(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
