package com.webook.sms.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.webook.sms.SmsProviderApplication;
import com.webook.sms.stub.VendorStubs;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole SMS provider against the real MariaDB, Redis and etcd, with its vendors pointed at the
 * Tencent and Aliyun stubs and Dubbo clients that reach it through the etcd registry. One context,
 * shared by every class that carries this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {SmsProviderApplication.class, RemoteClients.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = VendorStubs.Initializer.class)
@ActiveProfiles("it")
public @interface SmsProviderIntegrationTest {
}
