package com.webook.job.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.webook.job.application.HandlingCallbacks;
import com.webook.job.application.RegisteringExecutors;
import com.webook.job.infrastructure.executor.HttpExecutorChannel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The executor protocol's admin side (XXL-Job 3.2.0's {@code AdminBiz}): registry, registryRemove and
 * callback, JSON with the app's token in {@code XXL-JOB-ACCESS-TOKEN}, answered by
 * {@code ReturnT {code, msg, content}} (200 success, 500 failure; a refusal also carries an HTTP 4xx, which
 * the stock client logs as a failure).
 */
@RestController
class ExecutorApiController {

    static final int SUCCESS = 200;
    static final int FAIL = 500;

    private final RegisteringExecutors registering;
    private final HandlingCallbacks callbacks;

    ExecutorApiController(RegisteringExecutors registering, HandlingCallbacks callbacks) {
        this.registering = registering;
        this.callbacks = callbacks;
    }

    @PostMapping("/api/registry")
    ResponseEntity<Map<String, Object>> registry(@RequestHeader(value = HttpExecutorChannel.TOKEN_HEADER, required = false)
                                                 String token, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject()) {
            return fail(400, "expected {registryGroup, registryKey, registryValue}");
        }
        return answer(registering.register(token, body.path("registryGroup").asText(null),
                body.path("registryKey").asText(null), body.path("registryValue").asText(null)));
    }

    @PostMapping("/api/registryRemove")
    ResponseEntity<Map<String, Object>> registryRemove(@RequestHeader(value = HttpExecutorChannel.TOKEN_HEADER,
            required = false) String token, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject()) {
            return fail(400, "expected {registryGroup, registryKey, registryValue}");
        }
        return answer(registering.remove(token, body.path("registryGroup").asText(null),
                body.path("registryKey").asText(null), body.path("registryValue").asText(null)));
    }

    @PostMapping("/api/callback")
    ResponseEntity<Map<String, Object>> callback(@RequestHeader(value = HttpExecutorChannel.TOKEN_HEADER,
            required = false) String token, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isArray()) {
            return fail(400, "expected a JSON array of {logId, logDateTim, handleCode, handleMsg}");
        }
        List<HandlingCallbacks.Callback> list = new ArrayList<>();
        for (JsonNode item : body) {
            if (!item.path("logId").canConvertToLong() || !item.path("handleCode").canConvertToInt()) {
                return fail(400, "every callback needs a numeric logId and handleCode");
            }
            list.add(new HandlingCallbacks.Callback(item.path("logId").asLong(), item.path("handleCode").asInt(),
                    item.path("handleMsg").isNull() ? null : item.path("handleMsg").asText(null)));
        }
        HandlingCallbacks.Outcome outcome = callbacks.handle(token, list);
        if (!outcome.tokenAccepted()) {
            return fail(401, "The access token is wrong.");
        }
        return ok();
    }

    private static ResponseEntity<Map<String, Object>> answer(RegisteringExecutors.Outcome outcome) {
        if (outcome instanceof RegisteringExecutors.Outcome.Refused refused) {
            return fail(refused.status(), refused.message());
        }
        return ok();
    }

    static ResponseEntity<Map<String, Object>> ok() {
        return ResponseEntity.ok(returnT(SUCCESS, null));
    }

    static ResponseEntity<Map<String, Object>> fail(int status, String message) {
        return ResponseEntity.status(status).body(returnT(FAIL, message));
    }

    private static Map<String, Object> returnT(int code, String msg) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("msg", msg);
        body.put("content", null);
        return body;
    }
}
