package com.webook.governance.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.alibaba.csp.sentinel.slots.block.AbstractRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.webook.governance.sentinel.EtcdRuleSource;
import com.webook.governance.sentinel.RuleCodec;
import com.webook.governance.sentinel.RuleType;
import com.webook.governance.testkit.TestEtcd;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.kv.GetResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rules through the console's API: written to etcd where the apps follow them, with ids that are never given
 * twice, every change in the history and the audit log under the operator's name, rollback, refusal of
 * rules Sentinel would drop, rules that expire by themselves, and heartbeats that name another address.
 */
class RulesApiIT extends ConsoleIT {

    private final String app = "it-app-" + UUID.randomUUID().toString().substring(0, 8);
    private final Client etcd = TestEtcd.asOperator();

    @AfterEach
    void close() {
        etcd.close();
    }

    @Test
    void rulesGoToEtcdWithIdsThatAreNeverGivenTwiceAndEveryChangeCanBeRolledBack() throws Exception {
        long first = created(post(rules(), "{\"rule\":{\"resource\":\"GET:/ping\",\"grade\":1,\"count\":5}}"));
        long second = created(post(rules(), "{\"rule\":{\"resource\":\"GET:/x\",\"count\":9,\"id\":1}}"));
        assertThat(second).as("the id in the request is ignored").isGreaterThan(first);
        assertThat(inEtcd()).extracting(r -> ((FlowRule) r).getResource()).containsExactly("GET:/ping", "GET:/x");

        assertThat(delete(rules() + "/" + second).status()).isEqualTo(200);
        long third = created(post(rules(), "{\"rule\":{\"resource\":\"GET:/y\",\"count\":1}}"));
        assertThat(third).as("a deleted rule's id is not given again").isGreaterThan(second);

        assertThat(put(rules() + "/" + first, "{\"rule\":{\"resource\":\"GET:/ping\",\"grade\":1,\"count\":7}}").status())
                .isEqualTo(200);
        assertThat(inEtcd()).extracting(AbstractRule::getId, r -> ((FlowRule) r).getCount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, 7.0), org.assertj.core.groups.Tuple.tuple(third, 1.0));

        JsonNode history = get(rules() + "/history").data();
        assertThat(history).hasSize(5);
        assertThat(history.get(0).path("action").asText()).isEqualTo("changed rule " + first + " on GET:/ping");
        assertThat(history.get(0).path("author").asText()).isEqualTo(USER);
        long whenFirstWasAlone = history.get(4).path("id").asLong();

        assertThat(post("/api/v1/versions/" + whenFirstWasAlone + "/rollback", "").status()).isEqualTo(200);
        assertThat(inEtcd()).extracting(AbstractRule::getId, r -> ((FlowRule) r).getCount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, 5.0));
        assertThat(get(rules() + "/history").data().get(0).path("action").asText())
                .isEqualTo("rolled back to version " + whenFirstWasAlone);

        List<String> audit = new ArrayList<>();
        get("/api/v1/audit?limit=50").data().forEach(entry -> {
            if (entry.path("app").asText().equals(app)) {
                audit.add(entry.path("actor").asText() + " " + entry.path("detail").asText());
            }
        });
        assertThat(audit).hasSize(6).first().asString().isEqualTo(USER + " flow: rolled back to version " + whenFirstWasAlone);
    }

    @Test
    void aRuleSentinelWouldDropIsRefusedAndNothingIsWritten() throws Exception {
        created(post(rules(), "{\"rule\":{\"resource\":\"GET:/ping\",\"count\":5}}"));

        Answer negative = post(rules(), "{\"rule\":{\"resource\":\"GET:/ping\",\"count\":-1}}");
        Answer noResource = post(rules(), "{\"rule\":{\"count\":3}}");
        Answer notAnObject = post(rules(), "{\"rule\":[1,2]}");
        Answer badType = post("/api/v1/apps/" + app + "/rules/gateway", "{\"rule\":{}}");
        Answer badApp = get("/api/v1/apps/" + "a%20b" + "/rules/flow");
        Answer missing = put(rules() + "/999999999", "{\"rule\":{\"resource\":\"a\",\"count\":1}}");

        assertThat(List.of(negative, noResource, notAnObject, badType, badApp)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
            assertThat(answer.code()).isEqualTo(420001);
        });
        assertThat(negative.body().path("msg").asText()).contains("not a valid flow rule");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(inEtcd()).hasSize(1);
        assertThat(get(rules() + "/history").data()).hasSize(1);
    }

    @Test
    void anIncidentLimitExpiresByItselfAndTheAuditSaysSo() throws Exception {
        long kept = created(post(rules(), "{\"rule\":{\"resource\":\"GET:/ping\",\"count\":50}}"));
        long incident = created(post(rules(), "{\"rule\":{\"resource\":\"GET:/articles/pub/{id}\",\"count\":5},"
                + "\"expiresInSeconds\":1}"));
        assertThat(get(rules()).data().path("expiries").has(Long.toString(incident))).isTrue();

        await().atMost(Duration.ofSeconds(5)).until(() -> inEtcd().stream().map(AbstractRule::getId).toList()
                .equals(List.of(kept)));
        assertThat(get(rules() + "/history").data().get(0).path("action").asText())
                .startsWith("rule " + incident + " expired (set by " + USER + ")");
        assertThat(get(rules() + "/history").data().get(0).path("author").asText()).isEqualTo("console");
        assertThat(post(rules(), "{\"rule\":{\"resource\":\"a\",\"count\":1},\"expiresInSeconds\":0}").status()).isEqualTo(400);
    }

    @Test
    void theApiNeedsAUserAndAHeartbeatNamingAnotherAddressIsRefused() {
        assertThat(anonymous("/api/v1/apps").status()).isEqualTo(401);
        assertThat(anonymous("/api/v1/apps").code()).isEqualTo(420002);

        Answer forged = heartbeat(app, "10.9.9.9", 8719);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body().path("msg").asText()).contains("is not the address the heartbeat came from");
        assertThat(heartbeat(app, "localhost", 8719).status()).as("a host name").isEqualTo(403);
        assertThat(heartbeat("bad app", "127.0.0.1", 8719).status()).isEqualTo(403);
        assertThat(heartbeat(app, "127.0.0.1", 0).status()).isEqualTo(403);
        assertThat(apps()).doesNotContain(app);

        assertThat(heartbeat(app, "127.0.0.1", 1).status()).isEqualTo(200);
        assertThat(apps()).contains(app);
    }

    private List<String> apps() {
        List<String> apps = new ArrayList<>();
        get("/api/v1/apps").data().forEach(a -> apps.add(a.path("app").asText()));
        return apps;
    }

    private String rules() {
        return "/api/v1/apps/" + app + "/rules/flow";
    }

    private static long created(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.data().path("id").asLong();
    }

    private List<AbstractRule> inEtcd() throws Exception {
        GetResponse response = etcd.getKVClient().get(ByteSequence.from(EtcdRuleSource.key(NAMESPACE, app, RuleType.FLOW),
                StandardCharsets.UTF_8)).get();
        return response.getKvs().isEmpty() ? List.of()
                : RuleCodec.decode(RuleType.FLOW, response.getKvs().get(0).getValue().toString(StandardCharsets.UTF_8));
    }
}
