package com.webook.provider.support.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Test kit: the whole provider the test class belongs to (its {@code @SpringBootApplication}, found from
 * the test's package) against the real MariaDB, Redis, Kafka and etcd, in the {@code it} profile, with
 * {@link RemoteServices} to call it as its callers do: through the etcd registry, over Triple with mutual
 * TLS. One context per provider module, shared by every class that carries this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
@Import(RemoteServices.class)
public @interface ProviderIntegrationTest {
}
