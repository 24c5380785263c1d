package com.webook.governance.sentinel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.transport.config.TransportConfig;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import com.webook.governance.testkit.ListeningSockets;
import com.webook.governance.testkit.TestEtcd;
import com.webook.governance.testkit.TestRun;
import com.webook.governance.trust.probe.ProbeProvider;
import com.webook.governance.trust.probe.ProbeService;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sentinel on a real provider (the trust tests' probe, app webook-user, called as webook-consumer-web):
 * rules written in etcd guard its Dubbo methods by the convention's resource names and per verified caller,
 * a refused call answers a declared platform error, and the command API answers on loopback only.
 */
@SpringBootTest(classes = ProbeProvider.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles({"it", "it-probe"})
class SentinelOnDubboIT {

    private static final String OPEN = "dubbo:provider:" + ProbeService.class.getName() + ":open(java.lang.String)";

    @Autowired
    @Qualifier("probeClient")
    ProbeService client;

    private final Client operator = TestEtcd.asOperator();

    @AfterEach
    void clearRules() throws Exception {
        for (RuleType type : RuleType.values()) {
            put(type, "[]");
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> RuleType.FLOW.loaded().isEmpty()
                && RuleType.AUTHORITY.loaded().isEmpty());
        operator.close();
    }

    @Test
    void aFlowRuleInEtcdThrottlesTheMethodItNamesWithADeclaredError() throws Exception {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> client.open("warm").equals("open:warm"));
        put(RuleType.FLOW, "[{\"id\":1,\"resource\":\"" + OPEN + "\",\"grade\":1,\"count\":2}]");
        await().atMost(Duration.ofSeconds(2)).until(() -> RuleType.FLOW.loaded().size() == 1);

        List<Object> answers = burst(10);

        assertThat(answers).filteredOn("open:x"::equals).hasSizeBetween(1, 3);
        assertThat(answers).filteredOn(ServiceException.class::isInstance).isNotEmpty()
                .allSatisfy(answer -> assertThat(((ServiceException) answer).errorCode()).isEqualTo(PlatformErrorCode.THROTTLED));
        assertThat(answers).as("nothing but answers and throttles").allMatch(answer -> answer.equals("open:x")
                || answer instanceof ServiceException);
    }

    @Test
    void rulesMatchTheCallerByItsCertificateNotByWhatItSays() throws Exception {
        // A limit of 0 for the code provider leaves consumer-web (this client's certificate) alone...
        put(RuleType.FLOW, "[{\"resource\":\"" + OPEN + "\",\"limitApp\":\"webook-code\",\"count\":0}]");
        await().atMost(Duration.ofSeconds(2)).until(() -> RuleType.FLOW.loaded().size() == 1);
        assertThat(burst(5)).containsOnly("open:x");

        // ...and a black list naming consumer-web refuses it.
        put(RuleType.AUTHORITY, "[{\"resource\":\"" + OPEN + "\",\"strategy\":1,\"limitApp\":\"webook-consumer-web\"}]");
        await().atMost(Duration.ofSeconds(2)).until(() -> RuleType.AUTHORITY.loaded().size() == 1);
        assertThat(burst(1)).singleElement().isInstanceOfSatisfying(ServiceException.class,
                refused -> assertThat(refused.errorCode()).isEqualTo(PlatformErrorCode.REFUSED));
    }

    @Test
    void theCommandApiShowsTheRulesInForceAndListensOnLoopbackOnly() throws Exception {
        put(RuleType.FLOW, "[{\"id\":9,\"resource\":\"" + OPEN + "\",\"count\":50}]");
        await().atMost(Duration.ofSeconds(2)).until(() -> RuleType.FLOW.loaded().size() == 1);
        int port = TransportConfig.getRuntimePort();
        assertThat(port).isPositive();

        HttpResponse<String> rules = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/getRules?type=flow")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(rules.statusCode()).isEqualTo(200);
        assertThat(RuleCodec.decode(RuleType.FLOW, rules.body())).singleElement()
                .satisfies(rule -> assertThat(((FlowRule) rule).getCount()).isEqualTo(50.0));
        assertThat(ListeningSockets.on(port)).isNotEmpty()
                .allSatisfy(address -> assertThat(address.isLoopbackAddress()).as(address.toString()).isTrue());
    }

    @Test
    void theCommandApiTakesChangesOnlyAsPostsAndNeverFromABrowser() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + TransportConfig.getRuntimePort();
        String data = java.net.URLEncoder.encode(java.net.URLEncoder.encode("[]", StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        HttpResponse<String> byLink = http.send(HttpRequest.newBuilder(URI.create(base + "/setRules?type=flow&data=" + data))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> fromAPage = http.send(HttpRequest.newBuilder(URI.create(base + "/getRules?type=flow"))
                .header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> asPost = http.send(HttpRequest.newBuilder(URI.create(base + "/setRules"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("type=flow&data=" + data)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(byLink.statusCode()).isEqualTo(403);
        assertThat(byLink.body()).contains("send it as a POST");
        assertThat(fromAPage.statusCode()).isEqualTo(403);
        assertThat(asPost.statusCode()).as(asPost.body()).isEqualTo(200);
        assertThat(OneAddressCommandCenter.isAddress("127.0.0.1:8719")).isTrue();
        assertThat(OneAddressCommandCenter.isAddress("[::1]:8719")).isTrue();
        assertThat(OneAddressCommandCenter.isAddress("localhost:8719")).isTrue();
        assertThat(OneAddressCommandCenter.isAddress("rebound.example:8719")).isFalse();
    }

    private List<Object> burst(int calls) {
        List<Object> answers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            try {
                answers.add(client.open("x"));
            } catch (ServiceException answer) {
                answers.add(answer);
            }
        }
        return answers;
    }

    private void put(RuleType type, String json) throws Exception {
        operator.getKVClient().put(bytes(EtcdRuleSource.key(TestRun.etcdNamespace(), "webook-user", type)), bytes(json)).get();
    }

    private static ByteSequence bytes(String text) {
        return ByteSequence.from(text, StandardCharsets.UTF_8);
    }
}
