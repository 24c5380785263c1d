package com.webook.governance.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import com.webook.governance.testkit.DubboPorts;
import com.webook.governance.testkit.ListeningSockets;
import com.webook.governance.testkit.TestPki;
import com.webook.governance.testkit.TripleHttps;
import com.webook.governance.testkit.TripleHttps.Answer;
import com.webook.governance.trust.probe.ProbeProvider;
import com.webook.governance.trust.probe.ProbeService;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.StatusRpcException;
import org.apache.dubbo.rpc.TriRpcStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The trust boundary of every provider, against a real Triple port: only a platform app with a
 * certificate of the platform CA gets a connection, and only to the methods the provider's allow-list
 * gives it; everyone else is refused before their arguments are read.
 */
@SpringBootTest(classes = ProbeProvider.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles({"it", "it-probe"})
class CallerTrustIT {

    private static final String SERVICE = ProbeService.class.getName();

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("probeClient")
    ProbeService client;

    int port;

    @BeforeEach
    void findPort() {
        port = DubboPorts.of(context);
        ProbeProvider.CALLS.set(0);
    }

    @Test
    void aPlatformAppsDubboClientCallsWhatItIsAllowedTo() {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> client.open("hi").equals("open:hi"));

        assertThatThrownBy(() -> client.secret("hi"))
                .isInstanceOf(RpcException.class)
                .rootCause()
                .isInstanceOfSatisfying(StatusRpcException.class,
                        e -> assertThat(e.getStatus().code).isEqualTo(TriRpcStatus.Code.PERMISSION_DENIED))
                .hasMessageContaining("webook-consumer-web may not call it");
        assertThat(ProbeProvider.CALLS).as("calls that reached the service").hasValue(1);
    }

    @Test
    void anAllowedAppIsServedOverHttpsWithItsCertificate() {
        Answer open = TripleHttps.as("webook-consumer-web").call(port, SERVICE, "open", "\"hi\"");
        Answer secret = TripleHttps.as("webook-code").call(port, SERVICE, "secret", "\"hi\"");

        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        assertThat(open.body()).contains("open:hi");
        assertThat(secret.status()).as(secret.toString()).isEqualTo(200);
        assertThat(secret.body()).contains("secret:hi");
    }

    @Test
    void anotherMethodOrAnAppTheAllowListDoesNotNameIsRefused() {
        Answer notListed = TripleHttps.as("webook-consumer-web").call(port, SERVICE, "secret", "\"hi\"");
        Answer intruder = TripleHttps.as(TestPki.INTRUDER).call(port, SERVICE, "open", "\"hi\"");

        assertThat(notListed.status()).as(notListed.toString()).isBetween(400, 499);
        assertThat(notListed.body()).contains("webook-consumer-web may not call it");
        assertThat(intruder.status()).as(intruder.toString()).isBetween(400, 499);
        assertThat(intruder.body()).contains(TestPki.INTRUDER + " may not call it");
        assertThat(ProbeProvider.CALLS).hasValue(0);
    }

    @Test
    void withoutAPlatformCertificateThereIsNoConnectionAtAll() {
        Answer plaintext = TripleHttps.plaintext().call(port, SERVICE, "open", "\"hi\"");
        Answer noCertificate = TripleHttps.withoutCertificate().call(port, SERVICE, "open", "\"hi\"");
        Answer rogue = TripleHttps.rogue("webook-consumer-web").call(port, SERVICE, "open", "\"hi\"");
        // The platform credential of old: an HMAC over time, service and method under a shared secret.
        Answer oldCredential = TripleHttps.withoutCertificate().call(port, SERVICE, "open", "\"hi\"",
                "webook-credential-ts", Long.toString(System.currentTimeMillis()),
                "webook-credential-sig", "dev-only-platform-credential");

        assertThat(List.of(plaintext, noCertificate, rogue, oldCredential))
                .allSatisfy(answer -> assertThat(answer.refusedAtConnection()).as(answer.toString()).isTrue());
        assertThat(ProbeProvider.CALLS).hasValue(0);
    }

    @Test
    void anUnauthorisedCallersArgumentsAreNeverDecoded() {
        Answer allowedButMalformed = TripleHttps.as("webook-consumer-web").call(port, SERVICE, "open", "{{{not json");
        Answer refusedAndMalformed = TripleHttps.as(TestPki.INTRUDER).call(port, SERVICE, "open", "{{{not json");

        assertThat(allowedButMalformed.body()).as("an allowed caller's body is decoded, and fails")
                .doesNotContain("may not call it");
        assertThat(refusedAndMalformed.status()).isBetween(400, 499);
        assertThat(refusedAndMalformed.body()).contains("may not call it").doesNotContainIgnoringCase("decod");
    }

    @Test
    void theDubboPortListensOnLoopbackOnly() throws IOException {
        List<InetAddress> listening = ListeningSockets.on(port);

        assertThat(listening).isNotEmpty()
                .allSatisfy(address -> assertThat(address.isLoopbackAddress()).as(address.toString()).isTrue());
    }
}
