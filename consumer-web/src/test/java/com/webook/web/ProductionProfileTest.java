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
                .run())
                .hasMessageContaining("development defaults")
                .hasMessageContaining("webook.jwt-secret");
    }

    @Test
    void refusesTheDevelopmentWechatSecrets() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ConsumerWebApplication.class)
                .profiles("prod")
                .run("--webook.jwt-secret=a-production-signing-key-from-the-vault-0123456789"))
                .hasMessageContaining("webook.wechat.app-secret")
                .hasMessageContaining("webook.wechat.state-key")
                .hasMessageNotContaining("webook.jwt-secret");
    }
}
