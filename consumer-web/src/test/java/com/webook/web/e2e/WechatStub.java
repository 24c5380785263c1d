package com.webook.web.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for WeChat's OAuth2 token endpoint ({@code GET /sns/oauth2/access_token}) that
 * answers as WeChat does: HTTP 200 with {@code text/plain} JSON, errors as {@code errcode}/{@code errmsg}.
 * A test hands out authorization codes with {@link #grant}; any other code is "invalid code" (40029);
 * {@link #breakDown} makes it answer HTTP 502 with an HTML page, as a broken gateway would.
 */
final class WechatStub {

    static final String APP_ID = "wx0000000000000000";
    static final String APP_SECRET = "dev-only-wechat-app-secret";
    /** The tokens WeChat hands over with an identity: for the server only, never for the browser. */
    static final String ACCESS_TOKEN = "stub-wechat-access-token";
    static final String REFRESH_TOKEN = "stub-wechat-refresh-token";

    private static WechatStub instance;

    private final HttpServer server;
    private final Map<String, Map<String, String>> grants = new ConcurrentHashMap<>();
    private final List<Map<String, String>> exchanges = new CopyOnWriteArrayList<>();
    private volatile boolean broken;

    private WechatStub(HttpServer server) {
        this.server = server;
    }

    static synchronized WechatStub get() {
        if (instance == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                WechatStub stub = new WechatStub(server);
                server.createContext("/sns/oauth2/access_token", stub::exchange);
                server.setExecutor(Executors.newFixedThreadPool(2));
                server.start();
                instance = stub;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next exchange of {@code code} answers this identity; a null unionId is left out as WeChat does. */
    void grant(String code, String openId, String unionId) {
        Map<String, String> identity = new HashMap<>();
        identity.put("openid", openId);
        if (unionId != null) {
            identity.put("unionid", unionId);
        }
        grants.put(code, identity);
    }

    void breakDown(boolean broken) {
        this.broken = broken;
    }

    /** The query parameters of every exchange WeChat was asked for, in order. */
    List<Map<String, String>> exchanges() {
        return List.copyOf(exchanges);
    }

    private void exchange(HttpExchange http) throws IOException {
        Map<String, String> query = query(http.getRequestURI().getRawQuery());
        exchanges.add(query);
        if (broken) {
            answer(http, 502, "text/html", "<html><body>502 Bad Gateway</body></html>");
            return;
        }
        if (!APP_ID.equals(query.get("appid")) || !APP_SECRET.equals(query.get("secret"))) {
            answer(http, 200, "text/plain", "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}");
            return;
        }
        Map<String, String> identity = grants.remove(String.valueOf(query.get("code")));
        if (identity == null || !"authorization_code".equals(query.get("grant_type"))) {
            answer(http, 200, "text/plain", "{\"errcode\":40029,\"errmsg\":\"invalid code, rid: 6571\"}");
            return;
        }
        StringBuilder json = new StringBuilder("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":7200,"
                + "\"refresh_token\":\"" + REFRESH_TOKEN + "\",\"scope\":\"snsapi_login\",\"openid\":\"")
                .append(identity.get("openid")).append('"');
        if (identity.containsKey("unionid")) {
            json.append(",\"unionid\":\"").append(identity.get("unionid")).append('"');
        }
        answer(http, 200, "text/plain", json.append('}').toString());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static void answer(HttpExchange http, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().set("Content-Type", type);
        http.sendResponseHeaders(status, bytes.length);
        http.getResponseBody().write(bytes);
        http.close();
    }
}
