package com.webook.article.it;

import com.webook.api.article.v1.ArticleService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Dubbo clients of the provider under test. {@code scope = "remote"} makes them find it through the
 * etcd registry and call it over Triple, as consumer-web does, instead of short-cutting in the JVM.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RemoteClients {

    @Bean
    @DubboReference(interfaceClass = ArticleService.class, version = ArticleService.VERSION, scope = "remote",
            retries = 0, timeout = 5000)
    ReferenceBean<ArticleService> remoteArticleService() {
        return new ReferenceBeanBuilder().build();
    }
}
