package com.webook.user.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import com.webook.api.user.v1.UserService;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.options.GetOption;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Override rules written to the etcd config center take effect while everything keeps running: a
 * consumer-side timeout, and a provider-side weight that the provider re-registers with.
 */
@UserProviderIntegrationTest
class DynamicConfigIT {

    private static final String RULE_KEY =
            "/webook-it/config/dubbo/" + UserService.class.getName() + ":" + UserService.VERSION + ":.configurators";
    private static final String PROVIDERS = "/webook-it/" + UserService.class.getName() + "/providers/";

    private static Client etcd;

    @Autowired
    @Qualifier("remoteUserService")
    UserService users;

    @BeforeAll
    static void connect() {
        etcd = Client.builder().endpoints("http://" + System.getProperty("webook.it.etcd.endpoints", "127.0.0.1:2379")).build();
    }

    @AfterAll
    static void disconnect() {
        etcd.close();
    }

    @AfterEach
    void removeRule() throws Exception {
        etcd.getKVClient().delete(bytes(RULE_KEY)).get();
    }

    @Test
    void aConsumerTimeoutWrittenToEtcdAppliesWithoutARestart() throws Exception {
        List<Long> manyIds = LongStream.rangeClosed(1, 500).boxed().toList();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> users.getProfiles(manyIds) != null);

        put(RULE_KEY, """
                configVersion: v3.0
                scope: service
                key: %s:%s
                enabled: true
                configs:
                  - side: consumer
                    parameters:
                      timeout: 1
                """.formatted(UserService.class.getName(), UserService.VERSION));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThatThrownBy(() -> users.getProfiles(manyIds))
                        .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.isTimeout()).isTrue()));

        etcd.getKVClient().delete(bytes(RULE_KEY)).get();

        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> users.getProfiles(manyIds) != null);
    }

    @Test
    void aProviderWeightWrittenToEtcdIsRegisteredWithoutARestart() throws Exception {
        put(RULE_KEY, """
                configVersion: v3.0
                scope: service
                key: %s:%s
                enabled: true
                configs:
                  - side: provider
                    parameters:
                      weight: 37
                """.formatted(UserService.class.getName(), UserService.VERSION));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(registeredProviders()).anySatisfy(url -> assertThat(url).contains("weight=37")));
    }

    private static List<String> registeredProviders() throws Exception {
        KV kv = etcd.getKVClient();
        return kv.get(bytes(PROVIDERS), GetOption.builder().isPrefix(true).withKeysOnly(true).build()).get()
                .getKvs().stream()
                .map(kv1 -> URLDecoder.decode(kv1.getKey().toString(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .toList();
    }

    private static void put(String key, String value) throws Exception {
        etcd.getKVClient().put(bytes(key), bytes(value)).get();
    }

    private static ByteSequence bytes(String value) {
        return ByteSequence.from(value, StandardCharsets.UTF_8);
    }
}
