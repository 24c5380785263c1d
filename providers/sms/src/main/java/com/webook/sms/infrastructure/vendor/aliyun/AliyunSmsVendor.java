package com.webook.sms.infrastructure.vendor.aliyun;

import java.io.InterruptedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.aliyun.dysmsapi20170525.Client;
import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.dysmsapi20170525.models.SendSmsResponse;
import com.aliyun.dysmsapi20170525.models.SendSmsResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.sms.domain.Dispatch;
import com.webook.sms.domain.SmsMessage;
import com.webook.sms.domain.SmsVendor;
import com.webook.sms.domain.VendorFailure;
import com.webook.sms.infrastructure.vendor.VendorTemplate;
import com.webook.sms.infrastructure.vendor.VendorTemplates;

/**
 * Aliyun SMS (Dysmsapi 2017-05-25, action SendSms) through the official SDK. Aliyun templates take
 * named parameters: our positional arguments are named after the template's configured
 * {@code parameter-names} ({@code p1}, {@code p2}, ... when none are configured). Aliyun answers
 * {@code Code=OK} on success; {@code isv.BUSINESS_LIMIT_CONTROL}, {@code isv.DAY_LIMIT_CONTROL} and
 * {@code Throttling*} mean limited. The SDK's own retries are off: failover decides what happens next.
 */
public final class AliyunSmsVendor implements SmsVendor {

    public static final String NAME = "aliyun";

    private final Client client;
    private final RuntimeOptions runtime;
    private final VendorTemplates templates;
    private final ObjectMapper json;

    public AliyunSmsVendor(Settings settings, VendorTemplates templates, ObjectMapper json) {
        Config config = new Config()
                .setAccessKeyId(settings.accessKeyId())
                .setAccessKeySecret(settings.accessKeySecret())
                .setEndpoint(settings.endpoint())
                .setProtocol(settings.protocol())
                .setRegionId(settings.region())
                .setConnectTimeout(settings.connectTimeoutMillis())
                .setReadTimeout(settings.readTimeoutMillis());
        try {
            this.client = new Client(config);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the Aliyun SMS client: " + e.getMessage(), e);
        }
        this.runtime = new RuntimeOptions()
                .setAutoretry(false)
                .setMaxAttempts(1)
                .setConnectTimeout(settings.connectTimeoutMillis())
                .setReadTimeout(settings.readTimeoutMillis());
        this.templates = templates;
        this.json = json;
    }

    /**
     * Where and how to call Aliyun.
     *
     * @param endpoint e.g. {@code dysmsapi.aliyuncs.com}, or {@code 127.0.0.1:8080} for a stub
     * @param protocol {@code https} (or {@code http} for a stub)
     */
    public record Settings(String accessKeyId, String accessKeySecret, String region, String endpoint, String protocol,
                           int connectTimeoutMillis, int readTimeoutMillis) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Dispatch send(SmsMessage message) {
        VendorTemplate template = templates.of(message.template());
        SendSmsRequest request = new SendSmsRequest()
                .setPhoneNumbers(String.join(",", message.numbers()))
                .setSignName(template.signName())
                .setTemplateCode(template.id())
                .setTemplateParam(parameters(template.parameterNames(), message.args()))
                .setOutId(message.messageId());
        SendSmsResponse response;
        try {
            response = client.sendSmsWithOptions(request, runtime);
        } catch (TeaException e) {
            throw failure(e.getCode(), e.getMessage(), e);
        } catch (Exception e) {
            boolean timeout = isTimeout(e);
            throw new VendorFailure(NAME, timeout ? VendorFailure.Outcome.TIMEOUT : VendorFailure.Outcome.VENDOR_ERROR,
                    (timeout ? "no answer in time: " : "not reachable: ") + rootMessage(e), e);
        }
        SendSmsResponseBody body = response == null ? null : response.getBody();
        if (body == null) {
            throw VendorFailure.error(NAME, "answered without a body");
        }
        if (!"OK".equalsIgnoreCase(body.getCode())) {
            throw failure(body.getCode(), body.getMessage() + ", request " + body.getRequestId(), null);
        }
        return Dispatch.accepted(NAME, body.getBizId());
    }

    private String parameters(List<String> names, List<String> args) {
        if (args.isEmpty()) {
            return null;
        }
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            named.put(i < names.size() ? names.get(i) : "p" + (i + 1), args.get(i));
        }
        try {
            return json.writeValueAsString(named);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write template parameters", e);
        }
    }

    private static VendorFailure failure(String code, String message, Throwable cause) {
        boolean limited = code != null && (code.equals("isv.BUSINESS_LIMIT_CONTROL") || code.equals("isv.DAY_LIMIT_CONTROL")
                || code.startsWith("Throttling"));
        return new VendorFailure(NAME, limited ? VendorFailure.Outcome.LIMITED : VendorFailure.Outcome.VENDOR_ERROR,
                code + ": " + message, cause);
    }

    private static boolean isTimeout(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
