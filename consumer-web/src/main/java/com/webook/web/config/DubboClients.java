package com.webook.web.config;

import java.time.Duration;
import java.util.List;

import com.webook.api.article.v1.ArticleService;
import com.webook.api.code.v1.CodeService;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.ranking.v1.RankingService;
import com.webook.api.user.v1.UserService;
import org.apache.dubbo.config.MethodConfig;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The providers consumer-web calls, found through the etcd registry. Which calls are retried is the
 * contract's to say: methods marked {@code @Idempotent} fail over once to another instance (including calls
 * dropped with a dying instance's connection), the others fail fast (see {@code ContractRetries}). Only
 * what is consumer-web's own is set here: timeouts, and no retry where a late answer is of no use.
 * Timeouts and weights can be changed at run time in the etcd config center.
 *
 * <p>Built with {@link ReferenceBeanBuilder} rather than {@code @DubboReference} on the bean method:
 * Dubbo 3.3.6 drops the annotation's {@code methods} there, so per-method settings would silently
 * not apply.
 */
@Configuration(proxyBeanMethods = false)
public class DubboClients {

    @Bean
    ReferenceBean<UserService> userService() {
        return new ReferenceBeanBuilder()
                .setInterface(UserService.class)
                .setVersion(UserService.VERSION)
                .build();
    }

    /** Sending waits for the SMS provider (6 s at most), so the timeout is longer than the default. */
    @Bean
    ReferenceBean<CodeService> codeService() {
        return new ReferenceBeanBuilder()
                .setInterface(CodeService.class)
                .setVersion(CodeService.VERSION)
                .setTimeout(7_000)
                .build();
    }

    /** Saving and publishing carry up to 1 MiB, so they get more time. */
    @Bean
    ReferenceBean<ArticleService> articleService() {
        return new ReferenceBeanBuilder()
                .setInterface(ArticleService.class)
                .setVersion(ArticleService.VERSION)
                .setMethods(List.of(withTimeout("save", 3_000), withTimeout("publish", 3_000)))
                .build();
    }

    /**
     * The reader view's counts ({@code get}) are given up after {@code webook.reader.counts-timeout}, when
     * the view is shown without them: neither a longer wait nor a retry would be used, so under load they
     * only add to it.
     */
    @Bean
    ReferenceBean<InteractiveService> interactiveService(
            @Value("${webook.reader.counts-timeout:800ms}") Duration countsTimeout) {
        MethodConfig counts = withTimeout("get", (int) countsTimeout.toMillis());
        counts.setRetries(0);
        return new ReferenceBeanBuilder()
                .setInterface(InteractiveService.class)
                .setVersion(InteractiveService.VERSION)
                .setMethods(List.of(counts))
                .build();
    }

    /** The hot list is answered from the ranking provider's memory: a short timeout. */
    @Bean
    ReferenceBean<RankingService> rankingService() {
        return new ReferenceBeanBuilder()
                .setInterface(RankingService.class)
                .setVersion(RankingService.VERSION)
                .setTimeout(1_000)
                .build();
    }

    private static MethodConfig withTimeout(String name, int millis) {
        MethodConfig method = new MethodConfig();
        method.setName(name);
        method.setTimeout(millis);
        return method;
    }
}
