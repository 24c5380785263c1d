package com.webook.code.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.webook.provider.support.testing.ProviderIntegrationTest;
import org.springframework.context.annotation.Import;

/**
 * The kit's {@link ProviderIntegrationTest} for the code provider, with SMS delivery recorded instead of
 * sent (the SMS provider is not what these tests are about).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ProviderIntegrationTest
@Import(RecordedSms.class)
public @interface CodeProviderIntegrationTest {
}
