package com.webook.sms.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.webook.provider.support.testing.ProviderIntegrationTest;
import com.webook.sms.stub.VendorStubs;
import org.springframework.test.context.ContextConfiguration;

/**
 * The kit's {@link ProviderIntegrationTest} for the SMS provider, with its vendors pointed at the
 * Tencent and Aliyun stubs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ProviderIntegrationTest
@ContextConfiguration(initializers = VendorStubs.Initializer.class)
public @interface SmsProviderIntegrationTest {
}
