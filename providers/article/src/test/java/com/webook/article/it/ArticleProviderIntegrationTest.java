package com.webook.article.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.webook.article.ArticleProviderApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole article provider against the real MariaDB, Redis, Kafka and etcd, with Dubbo clients that
 * reach it through the etcd registry. One context, shared by every class that carries this annotation;
 * its Kafka topics and invalidation channel are this run's own (application-it.yml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {ArticleProviderApplication.class, RemoteClients.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public @interface ArticleProviderIntegrationTest {
}
