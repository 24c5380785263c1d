package com.webook.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Outside the local and test profiles consumer-web refuses to start with what only suits a developer's
 * machine, and names every such setting at once.
 */
class ProductionProfileTest {

    @Test
    void refusesEveryDevelopmentDefaultItShipsWith() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ConsumerWebApplication.class)
                .profiles("prod")
                .run())
                .hasMessageContaining("Refusing to start outside the local and test profiles")
                .hasMessageContaining("webook.jwt-secret")
                .hasMessageContaining("webook.wechat.app-id: still the development value the app ships with")
                .hasMessageContaining("webook.wechat.redirect-uri: still the development value the app ships with")
                .hasMessageContaining("webook.wechat.app-secret")
                .hasMessageContaining("webook.wechat.state-key")
                .hasMessageContaining("spring.data.redis.password: empty: Redis without credentials");
    }

    @Test
    void namesOnlyWhatIsLeftOnceTheSecretsAreSet() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ConsumerWebApplication.class)
                .run("--webook.jwt-secret=a-production-signing-key-from-the-vault-0123456789",
                        "--webook.wechat.app-id=wx1234567890abcdef",
                        "--webook.wechat.app-secret=from-the-vault",
                        "--webook.wechat.redirect-uri=https://webook.example.com/oauth2/wechat/callback",
                        "--webook.wechat.state-key=a-production-state-key-from-the-vault-0123456789"))
                .hasMessageContaining("spring.data.redis.password")
                .hasMessageNotContaining("webook.jwt-secret")
                .hasMessageNotContaining("webook.wechat");
    }
}
