package com.webook.code.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.webook.code.CodeProviderApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole code provider against the real Redis and etcd, called through Dubbo as consumer-web does.
 * SMS delivery is recorded instead of sent (the SMS provider is not what these tests are about). One
 * context, shared by every class that carries this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {CodeProviderApplication.class, RemoteClients.class, RecordedSms.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public @interface CodeProviderIntegrationTest {
}
