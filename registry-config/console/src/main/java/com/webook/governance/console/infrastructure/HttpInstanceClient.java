package com.webook.governance.console.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.webook.governance.console.application.InstanceClient;
import com.webook.governance.console.application.Machines;
import com.webook.governance.sentinel.RuleType;

/**
 * Sentinel's command API over HTTP, as the stock console calls it. Only the addresses of heartbeats that
 * passed {@code Heartbeats}' checks are ever called.
 */
public class HttpInstanceClient implements InstanceClient {

    /** The most an instance's answer may hold (rules, five minutes of metrics): nobody can run the console out of memory. */
    static final int MAX_ANSWER_BYTES = 8 << 20;

    private final HttpClient http;
    private final Duration timeout;

    public HttpInstanceClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String rules(Machines.Machine machine, RuleType type) {
        String command = type == RuleType.PARAM_FLOW ? "getParamFlowRules" : "getRules?type=" + type.key();
        return send(machine, HttpRequest.newBuilder(uri(machine, command)).GET());
    }

    @Override
    public void setRules(Machines.Machine machine, RuleType type, String text) {
        // The command handlers URL-decode the data once more after the server decoded the form: encoded twice.
        String data = encode(encode(text));
        String form = type == RuleType.PARAM_FLOW ? "data=" + data : "type=" + type.key() + "&data=" + data;
        String command = type == RuleType.PARAM_FLOW ? "setParamFlowRules" : "setRules";
        send(machine, HttpRequest.newBuilder(uri(machine, command))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    @Override
    public List<MetricLine> metrics(Machines.Machine machine, long fromMillis, long toMillis) {
        String body = send(machine, HttpRequest.newBuilder(uri(machine,
                "metric?startTime=" + fromMillis + "&endTime=" + toMillis + "&refetch=false")).GET());
        return parse(body);
    }

    /** Sentinel's thin metric lines: timestamp|resource|pass|block|success|exception|rt|occupied|concurrency|classification. */
    static List<MetricLine> parse(String body) {
        List<MetricLine> lines = new ArrayList<>();
        if (body == null) {
            return lines;
        }
        for (String line : body.split("\n")) {
            String[] f = line.trim().split("\\|");
            if (f.length < 7) {
                continue;
            }
            try {
                lines.add(new MetricLine(Long.parseLong(f[0]), f[1], Long.parseLong(f[2]), Long.parseLong(f[3]),
                        Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6])));
            } catch (NumberFormatException skipped) {
                // a line this version does not understand
            }
        }
        return lines;
    }

    private String send(Machines.Machine machine, HttpRequest.Builder request) {
        try {
            HttpResponse<java.io.InputStream> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (java.io.InputStream in = response.body()) {
                body = in.readNBytes(MAX_ANSWER_BYTES + 1);
            }
            if (body.length > MAX_ANSWER_BYTES) {
                throw new IllegalStateException(machine.address() + " answered more than " + MAX_ANSWER_BYTES + " bytes");
            }
            String text = new String(body, StandardCharsets.UTF_8);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(machine.address() + " answered " + response.statusCode() + ": "
                        + text.substring(0, Math.min(200, text.length())));
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(machine.address() + " is not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static URI uri(Machines.Machine machine, String command) {
        String host = machine.ip().contains(":") ? "[" + machine.ip() + "]" : machine.ip();
        return URI.create("http://" + host + ":" + machine.port() + "/" + command);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
