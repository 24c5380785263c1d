package com.webook.web.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.webook.api.article.v1.ArticleService;
import com.webook.api.code.v1.CodeService;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.user.v1.UserService;
import org.apache.dubbo.config.MethodConfig;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The providers consumer-web calls, found through the etcd registry. Writes are not retried (a
 * retried sign-up after a timeout would answer "email taken"); idempotent reads fail over once to
 * another instance, including calls dropped with a dying instance's connection. Timeouts and weights
 * can be changed at run time in the etcd config center.
 *
 * <p>Built with {@link ReferenceBeanBuilder} rather than {@code @DubboReference} on the bean method:
 * Dubbo 3.3.6 drops the annotation's {@code methods} there, so per-method retries would silently
 * not apply.
 */
@Configuration(proxyBeanMethods = false)
public class DubboClients {

    @Bean
    ReferenceBean<UserService> userService() {
        return new ReferenceBeanBuilder()
                .setInterface(UserService.class)
                .setVersion(UserService.VERSION)
                .setRetries(0)
                .setMethods(retriedOnce("getProfile", "getProfiles", "findOrCreateByPhone", "findOrCreateByWechat"))
                .build();
    }

    /**
     * Nothing is retried: a retried send is refused as too frequent, a retried verify spends an attempt.
     * Sending waits for the SMS provider (6 s at most), so the timeout is longer than the default.
     */
    @Bean
    ReferenceBean<CodeService> codeService() {
        return new ReferenceBeanBuilder()
                .setInterface(CodeService.class)
                .setVersion(CodeService.VERSION)
                .setRetries(0)
                .setTimeout(7_000)
                .build();
    }

    /**
     * Reads fail over once (a retried {@code getPublished} may count one extra read, which is the lesser
     * evil next to a failed page); writes are not retried. Saving and publishing carry up to 1 MiB, so
     * they get more time.
     */
    @Bean
    ReferenceBean<ArticleService> articleService() {
        List<MethodConfig> methods = new ArrayList<>(
                retriedOnce("getPublished", "isPublished", "getByAuthor", "listByAuthor", "listPublished"));
        methods.add(withTimeout("save", 3_000));
        methods.add(withTimeout("publish", 3_000));
        return new ReferenceBeanBuilder()
                .setInterface(ArticleService.class)
                .setVersion(ArticleService.VERSION)
                .setRetries(0)
                .setMethods(methods)
                .build();
    }

    /**
     * Likes, collects and their undoing are idempotent, so they fail over once like the reads; creating
     * and deleting a folder are not (a retried create answers "name taken"). The reader view's counts
     * ({@code get}) are given up after {@code webook.reader.counts-timeout}, when the view is shown
     * without them: neither a longer wait nor a retry would be used, so under load they only add to it.
     */
    @Bean
    ReferenceBean<InteractiveService> interactiveService(
            @Value("${webook.reader.counts-timeout:800ms}") Duration countsTimeout) {
        List<MethodConfig> methods = new ArrayList<>(retriedOnce("getCounts", "listCollections", "like", "collect",
                "uncollect", "renameCollection"));
        MethodConfig counts = withTimeout("get", (int) countsTimeout.toMillis());
        counts.setRetries(0);
        methods.add(counts);
        return new ReferenceBeanBuilder()
                .setInterface(InteractiveService.class)
                .setVersion(InteractiveService.VERSION)
                .setRetries(0)
                .setMethods(methods)
                .build();
    }

    private static MethodConfig withTimeout(String name, int millis) {
        MethodConfig method = new MethodConfig();
        method.setName(name);
        method.setTimeout(millis);
        return method;
    }

    private static List<MethodConfig> retriedOnce(String... idempotentMethods) {
        return Arrays.stream(idempotentMethods).map(name -> {
            MethodConfig method = new MethodConfig();
            method.setName(name);
            method.setRetries(1);
            return method;
        }).toList();
    }
}
