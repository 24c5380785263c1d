package com.webook.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production profile refuses to start consumer-web with the development signing key. */
class ProductionProfileTest {

    @Test
    void refusesTheDevelopmentJwtKey() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ConsumerWebApplication.class)
                .profiles("prod")
                .run("--webook.platform.credential-secret=a-production-secret-from-the-vault"))
                .hasMessageContaining("development defaults")
                .hasMessageContaining("webook.jwt-secret")
                .hasMessageNotContaining("webook.platform.credential-secret");
    }

    @Test
    void refusesTheDevelopmentPlatformCredential() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ConsumerWebApplication.class)
                .profiles("prod")
                .run("--webook.jwt-secret=a-production-signing-key-from-the-vault-0123456789"))
                .hasMessageContaining("webook.platform.credential-secret")
                .hasMessageNotContaining("webook.jwt-secret");
    }

    @Test
    void refusesTheDevelopmentWechatSecrets() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ConsumerWebApplication.class)
                .profiles("prod")
                .run("--webook.jwt-secret=a-production-signing-key-from-the-vault-0123456789",
                        "--webook.platform.credential-secret=a-production-secret-from-the-vault"))
                .hasMessageContaining("webook.wechat.app-secret")
                .hasMessageContaining("webook.wechat.state-key")
                .hasMessageNotContaining("webook.jwt-secret");
    }
}
