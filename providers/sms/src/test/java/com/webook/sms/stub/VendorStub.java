package com.webook.sms.stub;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for a vendor's SMS API, answering in the vendor's real wire format: Tencent Cloud
 * API 3.0 ({@code {"Response":{...}}}) or Aliyun RPC ({@code {"Code":"OK",...}}). It can accept,
 * answer with a vendor error code, answer too late, or be stopped (connection refused).
 */
public final class VendorStub implements AutoCloseable {

    public enum Kind { TENCENT, ALIYUN }

    /** What a request looked like: method, URI (query included), body and the API action it named. */
    public record Received(String method, String uri, String body, String action) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Kind kind;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new ArrayList<>();
    private volatile String errorCode;
    private volatile long delayMillis;
    private volatile boolean running;

    private VendorStub(Kind kind) throws IOException {
        this.kind = kind;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
    }

    public static VendorStub start(Kind kind) {
        try {
            VendorStub stub = new VendorStub(kind);
            stub.server.start();
            stub.running = true;
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the " + kind + " stub", e);
        }
    }

    /** host:port, for the SDK's endpoint setting. */
    public String endpoint() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Accept every message. */
    public VendorStub accepting() {
        errorCode = null;
        delayMillis = 0;
        return this;
    }

    /** Answer every message with this vendor error code. */
    public VendorStub failingWith(String code) {
        errorCode = code;
        delayMillis = 0;
        return this;
    }

    /** Accept, but only after this long. */
    public VendorStub slow(long millis) {
        errorCode = null;
        delayMillis = millis;
        return this;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized void forget() {
        received.clear();
    }

    public boolean running() {
        return running;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String action = exchange.getRequestHeaders().getFirst(kind == Kind.TENCENT ? "X-TC-Action" : "x-acs-action");
            synchronized (this) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), body, action));
            }
            long delay = delayMillis;
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] answer = (kind == Kind.TENCENT ? tencent(body) : aliyun()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        }
    }

    private String tencent(String body) throws IOException {
        ObjectNode response = JSON.createObjectNode();
        ObjectNode inner = response.putObject("Response");
        inner.put("RequestId", UUID.randomUUID().toString());
        String code = errorCode;
        if (code != null && !code.startsWith("LimitExceeded")) {
            ObjectNode error = inner.putObject("Error");
            error.put("Code", code);
            error.put("Message", "stub says " + code);
            return JSON.writeValueAsString(response);
        }
        // Per-number limits come back inside SendStatusSet, as Tencent does.
        ArrayNode statuses = inner.putArray("SendStatusSet");
        JsonNode request = JSON.readTree(body);
        for (JsonNode number : request.path("PhoneNumberSet")) {
            ObjectNode status = statuses.addObject();
            status.put("SerialNo", code == null ? "2433:" + UUID.randomUUID() : "");
            status.put("PhoneNumber", number.asText());
            status.put("Fee", code == null ? 1 : 0);
            status.put("SessionContext", request.path("SessionContext").asText());
            status.put("Code", code == null ? "Ok" : code);
            status.put("Message", code == null ? "send success" : "stub says " + code);
            status.put("IsoCode", "CN");
        }
        return JSON.writeValueAsString(response);
    }

    private String aliyun() throws IOException {
        ObjectNode response = JSON.createObjectNode();
        String code = errorCode;
        response.put("Code", code == null ? "OK" : code);
        response.put("Message", code == null ? "OK" : "stub says " + code);
        if (code == null) {
            response.put("BizId", "9006197469364984" + (int) (Math.random() * 1000));
        }
        response.put("RequestId", UUID.randomUUID().toString());
        return JSON.writeValueAsString(response);
    }

    /** Stops listening: new connections are refused. */
    @Override
    public void close() {
        running = false;
        server.stop(0);
        threads.shutdownNow();
    }
}
