package com.webook.sms.infrastructure.config;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.sms.v1.SmsService;
import com.webook.governance.limit.RedisRateLimiter;
import com.webook.sms.application.SendingQueuedSms;
import com.webook.sms.application.SendingSms;
import com.webook.sms.domain.PendingSmsQueue;
import com.webook.sms.domain.QueueingVendor;
import com.webook.sms.domain.RateLimiter;
import com.webook.sms.domain.SmsVendor;
import com.webook.sms.domain.TemplateAuthority;
import com.webook.sms.infrastructure.async.AsyncSmsWorkers;
import com.webook.sms.infrastructure.limit.PlatformRateLimiter;
import com.webook.sms.infrastructure.persistence.MybatisAsyncSmsDao;
import com.webook.sms.infrastructure.persistence.MybatisPendingSmsQueue;
import com.webook.sms.infrastructure.security.HmacTemplateTokens;
import com.webook.sms.infrastructure.vendor.VendorTemplate;
import com.webook.sms.infrastructure.vendor.VendorTemplates;
import com.webook.sms.infrastructure.vendor.aliyun.AliyunSmsVendor;
import com.webook.sms.infrastructure.vendor.local.LocalSmsVendor;
import com.webook.sms.infrastructure.vendor.local.RedisSmsInbox;
import com.webook.sms.infrastructure.vendor.tencent.TencentSmsVendor;
import com.webook.sms.rpc.SmsRpcService;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every bean of the SMS context, wired by hand: nothing in domain or application is scanned.
 * {@code @EnableDubbo} here only makes Dubbo export the {@code @DubboService} bean method below.
 * The chain of vendors and decorators is composed from {@link SmsProperties} by {@link SmsChainFactory}.
 */
@Configuration(proxyBeanMethods = false)
@EnableDubbo
@EnableConfigurationProperties(SmsProperties.class)
@MapperScan(basePackageClasses = MybatisAsyncSmsDao.class, annotationClass = org.apache.ibatis.annotations.Mapper.class)
public class SmsConfiguration {

    @Bean
    TemplateAuthority templateAuthority(SmsProperties properties, ObjectMapper json, Clock clock) {
        return new HmacTemplateTokens(properties.templateTokenKey(), json, clock);
    }

    @Bean
    RedisSmsInbox smsInbox(StringRedisTemplate redis, ObjectMapper json, SmsProperties properties) {
        return new RedisSmsInbox(redis, json, properties.local().inboxSize(), properties.local().inboxTtl());
    }

    @Bean
    RateLimiter smsRateLimiter(StringRedisTemplate redis) {
        return new PlatformRateLimiter(new RedisRateLimiter(redis, "sms:limit"));
    }

    @Bean
    PendingSmsQueue pendingSmsQueue(MybatisAsyncSmsDao dao, PlatformTransactionManager transactions, ObjectMapper json,
                                    SmsProperties properties, MeterRegistry meters) {
        TransactionTemplate shortTransactions = new TransactionTemplate(transactions);
        shortTransactions.setTimeout(5);
        // Claims lock only the rows they take: no gap locks, so concurrent claims do not deadlock.
        shortTransactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return new MybatisPendingSmsQueue(dao, shortTransactions, json, properties.async().retryMax(), meters);
    }

    /** The synchronous chain: vendors behind their limits, then failover. */
    @Bean
    SmsVendor synchronousSmsChain(SmsProperties properties, Environment environment, RedisSmsInbox inbox,
                                  RateLimiter limiter, ObjectMapper json, Clock clock, MeterRegistry meters) {
        if (properties.vendors().contains(LocalSmsVendor.NAME) && environment.matchesProfiles("prod")) {
            throw new IllegalStateException("webook.sms.vendors includes 'local', which sends nothing; "
                    + "it is refused under the prod profile");
        }
        Map<String, Supplier<SmsVendor>> adapters = new LinkedHashMap<>();
        adapters.put(TencentSmsVendor.NAME, () -> tencent(properties));
        adapters.put(AliyunSmsVendor.NAME, () -> aliyun(properties, json));
        adapters.put(LocalSmsVendor.NAME, () -> new LocalSmsVendor(inbox, clock));
        return SmsChainFactory.compose(properties, adapters, limiter, meters);
    }

    @Bean
    SendingSms sendingSms(TemplateAuthority authority, SmsProperties properties, SmsVendor synchronousSmsChain,
                          PendingSmsQueue queue, Clock clock) {
        SmsVendor chain = properties.async().enabled()
                ? new QueueingVendor(synchronousSmsChain, queue, clock, properties.async().retryInterval())
                : synchronousSmsChain;
        return new SendingSms(authority, properties.templates().keySet(), chain);
    }

    @Bean
    SendingQueuedSms sendingQueuedSms(PendingSmsQueue queue, SmsVendor synchronousSmsChain, Clock clock,
                                      SmsProperties properties, MeterRegistry meters) {
        SmsProperties.Async async = properties.async();
        return new SendingQueuedSms(queue, synchronousSmsChain, clock, async.batchSize(), async.lease(),
                async.retryInterval(), meters);
    }

    @Bean
    AsyncSmsWorkers asyncSmsWorkers(SendingQueuedSms sending, SmsProperties properties) {
        SmsProperties.Async async = properties.async();
        return new AsyncSmsWorkers(sending, async.enabled() ? async.workers() : 0, async.batchSize(),
                async.pollInterval());
    }

    @Bean
    @DubboService(interfaceClass = SmsService.class, version = SmsService.VERSION)
    SmsService smsRpcService(SendingSms sendingSms) {
        return new SmsRpcService(sendingSms);
    }

    private static TencentSmsVendor tencent(SmsProperties properties) {
        SmsProperties.Tencent tencent = properties.tencent();
        String secretId = required(tencent.secretId(), "webook.sms.tencent.secret-id", "WEBOOK_SMS_TENCENT_SECRET_ID");
        String secretKey = required(tencent.secretKey(), "webook.sms.tencent.secret-key", "WEBOOK_SMS_TENCENT_SECRET_KEY");
        String appId = required(tencent.sdkAppId(), "webook.sms.tencent.sdk-app-id", "WEBOOK_SMS_TENCENT_SDK_APP_ID");
        return new TencentSmsVendor(new TencentSmsVendor.Settings(secretId, secretKey, appId, tencent.region(),
                tencent.endpoint(), tencent.protocol(), wholeSeconds(tencent.connectTimeout()),
                wholeSeconds(tencent.readTimeout())),
                templates(properties, TencentSmsVendor.NAME, t -> t.tencent() == null ? null
                        : new VendorTemplate(t.tencent(), signName(t.tencentSignName(), t), null)));
    }

    private static AliyunSmsVendor aliyun(SmsProperties properties, ObjectMapper json) {
        SmsProperties.Aliyun aliyun = properties.aliyun();
        String keyId = required(aliyun.accessKeyId(), "webook.sms.aliyun.access-key-id", "WEBOOK_SMS_ALIYUN_ACCESS_KEY_ID");
        String secret = required(aliyun.accessKeySecret(), "webook.sms.aliyun.access-key-secret",
                "WEBOOK_SMS_ALIYUN_ACCESS_KEY_SECRET");
        return new AliyunSmsVendor(new AliyunSmsVendor.Settings(keyId, secret, aliyun.region(), aliyun.endpoint(),
                aliyun.protocol(), (int) aliyun.connectTimeout().toMillis(), (int) aliyun.readTimeout().toMillis()),
                templates(properties, AliyunSmsVendor.NAME, t -> t.aliyun() == null ? null
                        : new VendorTemplate(t.aliyun(), signName(t.aliyunSignName(), t), t.aliyunParameterNames())),
                json);
    }

    private static VendorTemplates templates(SmsProperties properties, String vendor,
                                             Function<SmsProperties.Template, VendorTemplate> mapping) {
        Map<String, VendorTemplate> templates = new LinkedHashMap<>();
        properties.templates().forEach((name, template) -> {
            VendorTemplate mapped = mapping.apply(template);
            if (mapped != null) {
                if (mapped.signName() == null || mapped.signName().isBlank()) {
                    throw new IllegalStateException("webook.sms.templates." + name + " has a " + vendor
                            + " template but no sign name (sign-name or " + vendor + "-sign-name)");
                }
                templates.put(name, mapped);
            }
        });
        return new VendorTemplates(vendor, templates);
    }

    private static String signName(String vendorSpecific, SmsProperties.Template template) {
        return vendorSpecific != null ? vendorSpecific : template.signName();
    }

    private static String required(String value, String property, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is required when the vendor is listed in webook.sms.vendors"
                    + " (set " + variable + ")");
        }
        return value;
    }

    private static int wholeSeconds(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
