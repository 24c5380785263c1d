package com.webook.governance.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.webook.governance.testkit.TestEtcd;
import com.webook.governance.testkit.TestRun;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.options.GetOption;
import org.junit.jupiter.api.Test;

/**
 * What was found: anyone who reached etcd could register a fake provider or push a configurators rule.
 * Now etcd requires an account, and each kind of client may touch only its part of the platform's keys.
 */
class EtcdAccessIT {

    private static final String NAMESPACE = "/" + TestRun.etcdNamespace() + "/";

    private final String suffix = UUID.randomUUID().toString();

    @Test
    void withoutAnAccountTheKeysCanBeNeitherReadNorWritten() {
        try (Client anonymous = TestEtcd.anonymous()) {
            assertThatThrownBy(() -> anonymous.getKVClient()
                    .get(bytes(NAMESPACE), GetOption.builder().isPrefix(true).build()).get())
                    .hasMessageContaining("user name is empty");
            assertThatThrownBy(() -> anonymous.getKVClient()
                    .put(bytes(NAMESPACE + "com.webook.api.user.v1.UserService/providers/" + suffix), bytes("fake")).get())
                    .hasMessageContaining("user name is empty");
        }
        try (Client wrongPassword = TestEtcd.client(TestEtcd.endpoints(), TestEtcd.APP, "not-the-password")) {
            assertThatThrownBy(() -> wrongPassword.getKVClient().get(bytes(NAMESPACE)).get())
                    .hasMessageContaining("UNAUTHENTICATED");
        }
    }

    @Test
    void appsWriteTheRegistryAndOnlyReadTheConfigCenter() throws Exception {
        String rule = NAMESPACE + "config/dubbo/com.webook.it.Probe" + suffix + ":1.0.0:.configurators";
        try (Client app = TestEtcd.asApp(); Client operator = TestEtcd.asOperator()) {
            app.getKVClient().put(bytes(NAMESPACE + "com.webook.it.Probe" + suffix + "/providers/p"), bytes("")).get();

            assertThatThrownBy(() -> app.getKVClient().put(bytes(rule), bytes("enabled: false")).get())
                    .hasMessageContaining("permission denied");
            operator.getKVClient().put(bytes(rule), bytes("enabled: true")).get();
            assertThat(app.getKVClient().get(bytes(rule)).get().getKvs()).hasSize(1);

            assertThatThrownBy(() -> app.getKVClient().put(bytes("/elsewhere/" + suffix), bytes("x")).get())
                    .hasMessageContaining("permission denied");

            operator.getKVClient().delete(bytes(rule)).get();
            operator.getKVClient().delete(bytes(NAMESPACE + "com.webook.it.Probe" + suffix + "/providers/p")).get();
        }
    }

    private static ByteSequence bytes(String value) {
        return ByteSequence.from(value, StandardCharsets.UTF_8);
    }
}
