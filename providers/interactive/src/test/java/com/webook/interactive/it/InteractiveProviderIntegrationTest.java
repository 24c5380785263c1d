package com.webook.interactive.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.webook.interactive.InteractiveProviderApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole interactive provider against the real MariaDB, Redis, Kafka and etcd, with Dubbo clients
 * that reach it through the etcd registry. One context, shared by every class that carries this
 * annotation; its read consumer runs on topics and a group of its own, fresh every run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {InteractiveProviderApplication.class, RemoteClients.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public @interface InteractiveProviderIntegrationTest {
}
