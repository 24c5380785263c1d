package com.webook.job.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * Test kit: where the tests' admin posts its alarms, one for the whole test run. It keeps every post; the
 * generic webhook refuses the very first post it gets (HTTP 500), so the admin's retry is exercised.
 */
final class WebhookReceiver {

    record Post(String path, String alarmId, JsonNode body) {
    }

    static final WebhookReceiver INSTANCE = new WebhookReceiver();

    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final AtomicInteger genericCalls = new AtomicInteger();
    private final HttpServer server;

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectMapper json = new ObjectMapper();
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean fail = path.equals("/generic") && genericCalls.getAndIncrement() == 0;
            if (!fail) {
                posts.add(new Post(path, exchange.getRequestHeaders().getFirst("X-Webook-Alarm-Id"), json.readTree(body)));
            }
            byte[] answer = (path.equals("/dingtalk") ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : "ok")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(null);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Post> posts() {
        return posts;
    }
}
