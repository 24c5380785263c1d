package com.webook.job.infrastructure.executor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.job.application.ExecutorChannel;

/**
 * The XXL-Job 3.2.0 executor protocol over HTTP: a JSON body POSTed to {@code <address><verb>} with the
 * app's token in {@code XXL-JOB-ACCESS-TOKEN}, answered by {@code ReturnT {code, msg, content}} (200 is
 * success). Field names are upstream's, {@code logDateTim} included.
 */
public class HttpExecutorChannel implements ExecutorChannel {

    public static final String TOKEN_HEADER = "XXL-JOB-ACCESS-TOKEN";
    static final int SUCCESS = 200;

    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;

    public HttpExecutorChannel(ObjectMapper json, Duration connectTimeout, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
        this.json = json;
        this.timeout = timeout;
    }

    @Override
    public Answer run(String address, String token, Trigger trigger) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jobId", trigger.jobId());
        body.put("executorHandler", trigger.handler());
        body.put("executorParams", trigger.param());
        body.put("executorBlockStrategy", trigger.blockStrategy());
        body.put("executorTimeout", trigger.timeoutSeconds());
        body.put("logId", trigger.runId());
        body.put("logDateTime", trigger.logDateTime());
        body.put("glueType", "BEAN");
        body.put("glueSource", "");
        body.put("glueUpdatetime", 0);
        body.put("broadcastIndex", trigger.shardIndex());
        body.put("broadcastTotal", trigger.shardTotal());
        return answer(post(address, "run", token, body));
    }

    @Override
    public Answer kill(String address, String token, long jobId) {
        return answer(post(address, "kill", token, Map.of("jobId", jobId)));
    }

    @Override
    public Answer beat(String address, String token) {
        return answer(post(address, "beat", token, ""));
    }

    @Override
    public Answer idleBeat(String address, String token, long jobId) {
        return answer(post(address, "idleBeat", token, Map.of("jobId", jobId)));
    }

    @Override
    public LogPage log(String address, String token, long runId, long logDateTime, int fromLine) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("logDateTim", logDateTime);
        body.put("logId", runId);
        body.put("fromLineNum", fromLine);
        Reply reply = post(address, "log", token, body);
        if (!reply.ok()) {
            return new LogPage(fromLine, fromLine, "(no log from " + address + ": " + reply.message() + ")", true);
        }
        JsonNode content = reply.content();
        return new LogPage(content.path("fromLineNum").asInt(fromLine), content.path("toLineNum").asInt(fromLine),
                content.path("logContent").asText(""), content.path("isEnd").asBoolean(false));
    }

    private record Reply(boolean ok, String message, JsonNode content) {
    }

    private static Answer answer(Reply reply) {
        return reply.ok() ? Answer.success() : Answer.failed(reply.message());
    }

    private Reply post(String address, String verb, String token, Object body) {
        URI uri;
        try {
            uri = URI.create(address.endsWith("/") ? address + verb : address + "/" + verb);
        } catch (IllegalArgumentException e) {
            return new Reply(false, "not an address: " + address, null);
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", "application/json;charset=UTF-8")
                    .header(TOKEN_HEADER, token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return new Reply(false, "HTTP " + response.statusCode(), null);
            }
            JsonNode answer = json.readTree(response.body());
            int code = answer.path("code").asInt(0);
            if (code != SUCCESS) {
                String msg = answer.path("msg").asText("");
                return new Reply(false, "code " + code + (msg.isEmpty() ? "" : ": " + msg), answer.path("content"));
            }
            return new Reply(true, null, answer.path("content"));
        } catch (HttpTimeoutException e) {
            return new Reply(false, "no answer within " + timeout.toMillis() + " ms", null);
        } catch (IOException e) {
            return new Reply(false, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(false, "interrupted", null);
        }
    }
}
