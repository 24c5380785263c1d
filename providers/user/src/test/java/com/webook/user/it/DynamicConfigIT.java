package com.webook.user.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import com.webook.api.user.v1.UserService;
import com.webook.governance.testkit.TestEtcd;
import com.webook.governance.testkit.TestRun;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import com.webook.provider.support.testing.RemoteServices;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.lease.LeaseKeepAliveResponse;
import io.etcd.jetcd.options.PutOption;
import io.etcd.jetcd.support.CloseableClient;
import io.grpc.stub.StreamObserver;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.cluster.ClusterInvoker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Override rules written to the etcd config center take effect while everything keeps running: a
 * consumer-side timeout, and a weight that consumers' load balancers give the providers. (A
 * {@code side: provider} rule only changes the provider's own copy of its URL: this registry does not
 * re-register it, so consumers would never see such a weight.)
 *
 * <p>A rule written here would slow or skew every consumer of UserService in the test namespace, so none
 * may outlive the test: any rule left over (by a run that was killed) is removed before the first test,
 * each is removed after its test, and each is written on a lease this test keeps alive, so that etcd
 * drops it by itself within {@link #LEASE_SECONDS} when the test JVM dies.
 */
@ProviderIntegrationTest
class DynamicConfigIT {

    private static final String RULE_KEY =
            "/" + TestRun.etcdNamespace() + "/config/dubbo/" + UserService.class.getName() + ":" + UserService.VERSION + ":.configurators";

    private static final long LEASE_SECONDS = 10;

    private static Client etcd;
    private static long lease;
    private static CloseableClient keepingAlive;

    @Autowired
    RemoteServices remote;

    UserService users;

    @BeforeAll
    static void connectAndRemoveLeftovers() throws Exception {
        // Rules are the operators' to write: the apps' own account may only read them.
        etcd = TestEtcd.asOperator();
        deleteRule();
        lease = etcd.getLeaseClient().grant(LEASE_SECONDS).get().getID();
        keepingAlive = etcd.getLeaseClient().keepAlive(lease, new StreamObserver<>() {
            @Override
            public void onNext(LeaseKeepAliveResponse response) {
            }

            @Override
            public void onError(Throwable failure) {
            }

            @Override
            public void onCompleted() {
            }
        });
    }

    @AfterAll
    static void removeRuleAndDisconnect() throws Exception {
        try {
            keepingAlive.close();
            deleteRule();
            etcd.getLeaseClient().revoke(lease).get();
        } finally {
            etcd.close();
        }
    }

    @AfterEach
    void removeRule() throws Exception {
        deleteRule();
    }

    @BeforeEach
    void callTheProviderRemotely() {
        users = remote.of(UserService.class);
    }

    @Test
    void aConsumerTimeoutWrittenToEtcdAppliesWithoutARestart() throws Exception {
        List<Long> manyIds = LongStream.rangeClosed(1, 500).boxed().toList();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> users.getProfiles(manyIds) != null);

        putConsumerRule("timeout", 1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThatThrownBy(() -> users.getProfiles(manyIds))
                        .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.isTimeout()).isTrue()));

        deleteRule();

        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> users.getProfiles(manyIds) != null);
    }

    @Test
    void aProviderWeightWrittenToEtcdReachesTheConsumersLoadBalancerWithoutARestart() throws Exception {
        // The reference connects on its first call.
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> users.getProfiles(List.of()) != null);
        assertThat(weightsSeenByTheConsumer()).isNotEmpty().doesNotContain("37");

        putConsumerRule("weight", 37);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(weightsSeenByTheConsumer()).isNotEmpty().containsOnly("37"));

        deleteRule();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(weightsSeenByTheConsumer()).isNotEmpty().doesNotContain("37"));
    }

    /** The weight of each provider address in the consumer's directory, the input of its load balancer. */
    private List<String> weightsSeenByTheConsumer() {
        ClusterInvoker<?> invoker = (ClusterInvoker<?>) remote.referenceOf(UserService.class).getInvoker();
        return invoker.getDirectory().getAllInvokers().stream()
                .map(provider -> provider.getUrl().getParameter("weight", "100"))
                .toList();
    }

    private static void deleteRule() throws Exception {
        etcd.getKVClient().delete(bytes(RULE_KEY)).get();
    }

    /** A Dubbo override rule for every consumer of UserService, as an operator writes it, on this test's lease. */
    private static void putConsumerRule(String parameter, int value) throws Exception {
        String rule = """
                configVersion: v3.0
                scope: service
                key: %s:%s
                enabled: true
                configs:
                  - side: consumer
                    parameters:
                      %s: %d
                """.formatted(UserService.class.getName(), UserService.VERSION, parameter, value);
        etcd.getKVClient().put(bytes(RULE_KEY), bytes(rule), PutOption.builder().withLeaseId(lease).build()).get();
    }

    private static ByteSequence bytes(String value) {
        return ByteSequence.from(value, StandardCharsets.UTF_8);
    }
}
