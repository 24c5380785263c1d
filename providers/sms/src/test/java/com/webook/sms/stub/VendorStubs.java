package com.webook.sms.stub;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Tencent and one Aliyun stub for the whole test JVM, and the initializer that points the
 * provider's vendor endpoints at them (before any bean is created).
 */
public final class VendorStubs {

    public static final VendorStub TENCENT = VendorStub.start(VendorStub.Kind.TENCENT);
    public static final VendorStub ALIYUN = VendorStub.start(VendorStub.Kind.ALIYUN);

    private VendorStubs() {
    }

    public static void reset() {
        TENCENT.accepting().forget();
        ALIYUN.accepting().forget();
    }

    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "webook.sms.tencent.endpoint=" + TENCENT.endpoint(),
                    "webook.sms.aliyun.endpoint=" + ALIYUN.endpoint()).applyTo(context);
        }
    }
}
