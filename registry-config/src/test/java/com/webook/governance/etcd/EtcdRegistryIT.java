package com.webook.governance.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import com.webook.governance.testkit.OwnEtcd;
import com.webook.governance.testkit.TestEtcd;
import com.webook.governance.testkit.TestRun;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.options.GetOption;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.registry.NotifyListener;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The registry against the real etcd with the apps' account: what one instance registers, the others see
 * within moments; what a stopping or dying instance leaves, they stop seeing; a lease lost while etcd kept
 * running is replaced and the keys written again without anyone's help.
 */
class EtcdRegistryIT {

    private static final String NAMESPACE = TestRun.etcdNamespace();

    private final String service = "com.webook.it.Probe" + UUID.randomUUID().toString().replace("-", "");
    private final List<EtcdRegistry> registries = new CopyOnWriteArrayList<>();

    @AfterEach
    void destroy() {
        registries.forEach(EtcdRegistry::destroy);
    }

    private EtcdRegistry registry(String user, String password) {
        return registry(TestEtcd.endpoints(), NAMESPACE, user, password);
    }

    private EtcdRegistry registry(String endpoint, String namespace, String user, String password) {
        URL url = URL.valueOf("etcd://" + endpoint + "?group=" + namespace + "&file.cache=false"
                        + "&retry.period=500&session=5000")
                .setUsername(user).setPassword(password);
        EtcdRegistry registry = new EtcdRegistry(url, EtcdConnections.acquire(url));
        registries.add(registry);
        return registry;
    }

    private EtcdRegistry asApp() {
        return registry(TestEtcd.APP, TestEtcd.password(TestEtcd.secrets(), TestEtcd.APP));
    }

    private URL provider(int port) {
        return URL.valueOf("tri://[::ffff:127.0.0.1]:" + port + "/" + service + "?interface=" + service
                + "&version=1.0.0&category=providers&side=provider");
    }

    private URL consumer() {
        return URL.valueOf("consumer://127.0.0.1/" + service + "?interface=" + service
                + "&version=1.0.0&category=providers&side=consumer");
    }

    /** What a subscriber was told last. */
    private static final class Seen implements NotifyListener {

        private volatile List<URL> last = List.of();

        @Override
        public void notify(List<URL> urls) {
            last = List.copyOf(urls);
        }

        List<Integer> ports() {
            return last.stream().filter(url -> !url.getProtocol().equals("empty")).map(URL::getPort).sorted().toList();
        }
    }

    @Test
    void whatOneInstanceRegistersTheOthersSeeAndStopSeeingWhenItLeaves() {
        EtcdRegistry providerA = asApp();
        EtcdRegistry providerB = asApp();
        EtcdRegistry consumers = asApp();
        Seen seen = new Seen();

        providerA.register(provider(30001));
        consumers.subscribe(consumer(), seen);
        assertThat(seen.ports()).containsExactly(30001);

        providerB.register(provider(30002));
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.ports().equals(List.of(30001, 30002)));

        providerA.unregister(provider(30001));
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.ports().equals(List.of(30002)));

        providerB.destroy();
        registries.remove(providerB);
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.ports().isEmpty());
        assertThat(seen.last).singleElement().satisfies(url -> assertThat(url.getProtocol()).isEqualTo("empty"));
    }

    @Test
    void keysLiveOnALeaseAndComeBackWhenTheLeaseIsLost() throws Exception {
        EtcdRegistry provider = asApp();
        provider.register(provider(30003));

        try (Client operator = TestEtcd.asOperator()) {
            KeyValue key = keys(operator).get(0);
            assertThat(key.getLease()).as("the key lives on a lease").isNotZero();

            // The lease ends while etcd keeps running (as when etcd was away longer than the lease lasts).
            operator.getLeaseClient().revoke(key.getLease()).get();

            await().atMost(Duration.ofSeconds(15)).until(() -> keys(operator).size() == 1
                    && keys(operator).get(0).getLease() != key.getLease());
        }
    }

    @Test
    void aBurstOfChangesEndsInTheLastStateAndJunkKeysAreSkipped() throws Exception {
        EtcdRegistry providers = asApp();
        EtcdRegistry consumers = asApp();
        Seen seen = new Seen();
        try (Client operator = TestEtcd.asOperator()) {
            // A key no registry wrote: not a URL at all (a bad %-escape).
            ByteSequence junk = ByteSequence.from("/" + NAMESPACE + "/" + service + "/providers/%zz", StandardCharsets.UTF_8);
            operator.getKVClient().put(junk, ByteSequence.EMPTY).get();

            consumers.subscribe(consumer(), seen);
            for (int port = 31000; port < 31020; port++) {
                providers.register(provider(port));
                if (port % 2 == 1) {
                    providers.unregister(provider(port));
                }
            }
            List<Integer> even = IntStream.range(31000, 31020).filter(p -> p % 2 == 0).boxed().toList();
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.ports().equals(even));
            operator.getKVClient().delete(junk).get();
        }
    }

    @Test
    void aListenerMayUnsubscribeWhileBeingTold() {
        EtcdRegistry providers = asApp();
        EtcdRegistry consumers = asApp();
        List<List<URL>> told = new CopyOnWriteArrayList<>();
        NotifyListener once = new NotifyListener() {
            @Override
            public void notify(List<URL> urls) {
                told.add(urls);
                if (told.size() == 2) {
                    consumers.unsubscribe(consumer(), this);
                }
            }
        };

        consumers.subscribe(consumer(), once);
        providers.register(provider(30005));
        await().atMost(Duration.ofSeconds(5)).until(() -> told.size() == 2);

        // The registry is still alive: another subscriber is served, the one that left is told nothing more.
        providers.register(provider(30006));
        Seen seen = new Seen();
        consumers.subscribe(consumer(), seen);
        assertThat(seen.ports()).containsExactly(30005, 30006);
        assertThat(told).hasSize(2);
    }

    /**
     * What was found: deliveries were kept to ever newer revisions, so after etcd came back from a restore
     * or without its data (its revisions starting again from 1) a consumer would never hear of a change.
     */
    @Test
    void aConsumerFollowsAnEtcdWhoseRevisionsStartedAgain() {
        String namespace = "webook-it-history";
        try (OwnEtcd etcd = OwnEtcd.start(Path.of("target", "etcd-history"), namespace)) {
            EtcdRegistry provider = registry(etcd.endpoint(), namespace, TestEtcd.APP, etcd.password(TestEtcd.APP));
            EtcdRegistry consumers = registry(etcd.endpoint(), namespace, TestEtcd.APP, etcd.password(TestEtcd.APP));
            Seen seen = new Seen();
            provider.register(provider(30011));
            consumers.subscribe(consumer(), seen);
            for (int i = 0; i < 30; i++) { // revisions well past what the new etcd will have
                provider.register(provider(30100 + i));
                provider.unregister(provider(30100 + i));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.ports().equals(List.of(30011)));

            etcd.stop();
            etcd.startAfresh();
            // The provider finds its lease unknown, gets a new one and writes its key again; one more joins.
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                provider.register(provider(30012));
                return true;
            });

            await().atMost(Duration.ofSeconds(30)).until(() -> seen.ports().equals(List.of(30011, 30012)));
            registries.forEach(EtcdRegistry::destroy); // while their etcd still answers
            registries.clear();
        }
    }

    @Test
    void withoutTheAppsAccountNothingIsRegistered() {
        EtcdRegistry anonymous = registry(null, null);
        EtcdRegistry wrongPassword = registry(TestEtcd.APP, "not-the-password");

        assertThatThrownBy(() -> anonymous.doRegister(provider(30004))).isInstanceOf(RpcException.class);
        assertThatThrownBy(() -> wrongPassword.doRegister(provider(30004))).isInstanceOf(RpcException.class);
        try (Client operator = TestEtcd.asOperator()) {
            assertThat(keys(operator)).isEmpty();
        }
    }

    private ByteSequence providersPath() {
        return ByteSequence.from("/" + NAMESPACE + "/" + service + "/providers/", StandardCharsets.UTF_8);
    }

    private List<KeyValue> keys(Client client) {
        try {
            return client.getKVClient().get(providersPath(), GetOption.builder().isPrefix(true).build())
                    .get().getKvs();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
