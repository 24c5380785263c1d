package com.webook.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.webook.web.e2e.Api.Answer;
import com.webook.governance.testkit.OwnEtcd;
import com.webook.governance.testkit.TestEtcd;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.options.GetOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * etcd down: a running consumer-web keeps calling the provider it knows, reads and writes alike;
 * when etcd returns, the provider is back in the registry without anyone restarting it, and the consumer
 * follows it again. Runs its own etcd (with authentication, as the bring-up sets it up), provider and
 * consumer-web, so the shared test platform is not disturbed.
 */
class RegistryOutageIT {

    private static final String NAMESPACE = "webook-outage";

    private final List<BootProcess> apps = new ArrayList<>();
    private OwnEtcd etcd;

    @AfterEach
    void stopEverything() {
        apps.forEach(BootProcess::stop);
        if (etcd != null) {
            etcd.close();
        }
    }

    @Test
    void callersKeepWorkingWhileEtcdIsDownAndProvidersReturnWhenItIsBack() throws Exception {
        etcd = OwnEtcd.start(Path.of("target", "e2e", "etcd-outage"), NAMESPACE);

        List<String> settings = new ArrayList<>(Platform.IT_SETTINGS);
        settings.removeIf(arg -> arg.startsWith("--webook.etcd."));
        settings.add("--webook.etcd.endpoints=" + etcd.endpoint());
        settings.add("--webook.etcd.namespace=" + NAMESPACE);
        settings.add("--webook.etcd.username=" + TestEtcd.APP);
        settings.add("--webook.etcd.password=" + etcd.password(TestEtcd.APP));
        List<String> providerSettings = new ArrayList<>(settings);
        providerSettings.add("--dubbo.protocol.port=-1");
        apps.add(BootProcess.start("user-provider-outage", jar("webook.it.user-provider-jar"), providerSettings));
        BootProcess web = BootProcess.start("consumer-web-outage", jar("webook.it.consumer-web-jar"), settings);
        apps.add(web);

        Api api = new Api(web.baseUrl());
        Scenario.awaitProvider(api);
        String email = Scenario.newEmail();
        Scenario.signUp(api, email);
        String token = Scenario.logIn(api, email);

        etcd.stop();
        Thread.sleep(3_000);

        for (int i = 0; i < 20; i++) {
            Answer read = api.get("/users/profile", token);
            assertThat(read.status()).as("read %d with etcd down: %s", i, read.raw().body()).isEqualTo(200);
        }
        assertThat(Scenario.signUp(api, Scenario.newEmail()).status()).as("a write with etcd down").isEqualTo(200);

        etcd.startAgain();
        try (Client client = etcd.client(TestEtcd.APP)) {
            // The lease may have lapsed while etcd was down; the provider registers again by itself.
            await().atMost(Duration.ofSeconds(60)).until(() -> !client.getKVClient()
                    .get(ByteSequence.from("/" + NAMESPACE + "/com.webook.api.user.v1.UserService/providers/",
                                    StandardCharsets.UTF_8),
                            GetOption.builder().isPrefix(true).withKeysOnly(true).build())
                    .get().getKvs().isEmpty());
        }
        assertThat(api.get("/users/profile", token).status()).isEqualTo(200);
    }

    private static Path jar(String property) {
        return Path.of(System.getProperty(property));
    }
}
