package com.webook.job.infrastructure.alarm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.job.application.Alarm;
import com.webook.job.application.WebhookChannel;

/**
 * Alarms as webhook posts, in the shape each receiver wants: {@code GENERIC} (the alarm as JSON), or a text
 * message for a DingTalk or WeCom group robot. Every post carries the alarm's id in {@code X-Webook-Alarm-Id}.
 * A 2xx answer is success, unless a DingTalk or WeCom answer says {@code errcode} other than 0.
 */
public class HttpWebhookChannel implements WebhookChannel {

    public enum Format { GENERIC, DINGTALK, WECOM }

    public record Webhook(URI url, Format format, Set<String> apps) {
    }

    private final List<Webhook> webhooks;
    private final ObjectMapper json;
    private final HttpClient http;
    private final Duration timeout;

    public HttpWebhookChannel(List<Webhook> webhooks, ObjectMapper json, Duration timeout) {
        this.webhooks = List.copyOf(webhooks);
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public int count() {
        return webhooks.size();
    }

    @Override
    public Set<Integer> webhooksFor(String app) {
        Set<Integer> wanted = new LinkedHashSet<>();
        for (int i = 0; i < webhooks.size(); i++) {
            if (webhooks.get(i).apps().isEmpty() || webhooks.get(i).apps().contains(app)) {
                wanted.add(i);
            }
        }
        return wanted;
    }

    @Override
    public Optional<String> post(Alarm alarm, Instant createdAt) {
        if (alarm.webhook() < 0 || alarm.webhook() >= webhooks.size()) {
            return Optional.of("no webhook " + alarm.webhook() + " is configured any more");
        }
        Webhook webhook = webhooks.get(alarm.webhook());
        try {
            HttpRequest request = HttpRequest.newBuilder(webhook.url()).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-Webook-Alarm-Id", alarm.key())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body(webhook.format(), alarm,
                            createdAt))))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                return Optional.of("HTTP " + response.statusCode());
            }
            if (webhook.format() != Format.GENERIC && !response.body().isBlank()) {
                JsonNode answer = json.readTree(response.body());
                if (answer.path("errcode").asInt(0) != 0) {
                    return Optional.of("errcode " + answer.path("errcode").asInt() + ": " + answer.path("errmsg").asText());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    static Map<String, Object> body(Format format, Alarm alarm, Instant createdAt) {
        if (format == Format.GENERIC) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("alarmId", alarm.key());
            body.put("kind", alarm.kind());
            body.put("app", alarm.app());
            body.put("jobId", alarm.jobId());
            body.put("runId", alarm.runId());
            body.put("text", alarm.text());
            body.put("at", createdAt == null ? null : createdAt.toString());
            return body;
        }
        // DingTalk's and WeCom's group robots both take {"msgtype":"text","text":{"content":...}}
        return Map.of("msgtype", "text", "text", Map.of("content", "[job-admin] " + alarm.text()));
    }
}
