package com.webook.sms.infrastructure.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code webook.sms}. The chain is composed from it: each vendor of {@code vendors}
 * (in failover order) behind its rate limit, then the failover strategy, then, if async is on, the
 * queue for when every vendor is limited or failing.
 *
 * @param vendors          vendor names in failover order: {@code tencent}, {@code aliyun}, {@code local}
 * @param failover         {@code ordered} (try each in order) or {@code timeout-count} (stay on one until it
 *                         times out {@code timeoutThreshold} times in a row)
 * @param rateLimits       per vendor name: at most {@code limit} sends per {@code window}, across instances
 * @param templateTokenKey the HMAC key of template tokens
 * @param templates        our logical templates (e.g. {@code login_code}) and how each vendor knows them;
 *                         a token naming a template not listed here is refused
 */
@ConfigurationProperties("webook.sms")
public record SmsProperties(
        List<String> vendors,
        @DefaultValue("ordered") String failover,
        @DefaultValue("3") int timeoutThreshold,
        Map<String, RateLimit> rateLimits,
        @DefaultValue Async async,
        String templateTokenKey,
        Map<String, Template> templates,
        @DefaultValue Tencent tencent,
        @DefaultValue Aliyun aliyun,
        @DefaultValue Local local) {

    public SmsProperties {
        vendors = vendors == null ? List.of() : List.copyOf(vendors);
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    /** At most {@code limit} sends per {@code window}. */
    public record RateLimit(int limit, @DefaultValue("1s") Duration window) {
    }

    /**
     * The asynchronous queue. A queued message is first tried {@code retryInterval} after it was
     * stored, then every {@code retryInterval} until {@code retryMax} attempts; a claimed message is
     * leased to its worker for {@code lease} (longer than a send through every vendor can take).
     */
    public record Async(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("2") int workers,
            @DefaultValue("10") int batchSize,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("1m") Duration retryInterval,
            @DefaultValue("1m") Duration lease,
            @DefaultValue("3") int retryMax) {
    }

    /**
     * How the vendors know one of our templates. {@code signName} is the default sign for every
     * vendor; {@code tencentSignName} / {@code aliyunSignName} override it per vendor.
     *
     * @param tencent             Tencent's template id
     * @param aliyun              Aliyun's template code
     * @param aliyunParameterNames names of our positional arguments in Aliyun's template
     */
    public record Template(String signName, String tencent, String tencentSignName, String aliyun,
                           String aliyunSignName, List<String> aliyunParameterNames) {
    }

    /** Tencent Cloud SMS. Secrets have no default: set them through the environment. */
    public record Tencent(
            String secretId,
            String secretKey,
            String sdkAppId,
            @DefaultValue("ap-guangzhou") String region,
            @DefaultValue("sms.tencentcloudapi.com") String endpoint,
            @DefaultValue("https://") String protocol,
            @DefaultValue("1s") Duration connectTimeout,
            @DefaultValue("3s") Duration readTimeout) {
    }

    /** Aliyun SMS. Secrets have no default: set them through the environment. */
    public record Aliyun(
            String accessKeyId,
            String accessKeySecret,
            @DefaultValue("cn-hangzhou") String region,
            @DefaultValue("dysmsapi.aliyuncs.com") String endpoint,
            @DefaultValue("https") String protocol,
            @DefaultValue("1s") Duration connectTimeout,
            @DefaultValue("3s") Duration readTimeout) {
    }

    /** The development vendor's Redis inboxes. */
    public record Local(@DefaultValue("50") int inboxSize, @DefaultValue("1h") Duration inboxTtl) {
    }
}
