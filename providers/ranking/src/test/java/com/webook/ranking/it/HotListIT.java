package com.webook.ranking.it;

import static com.webook.provider.support.error.Incidents.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.interactive.v1.InteractionEvent;
import com.webook.api.ranking.v1.HotArticle;
import com.webook.api.ranking.v1.HotList;
import com.webook.api.ranking.v1.RankingErrorCode;
import com.webook.api.ranking.v1.RankingService;
import com.webook.governance.testkit.TestEtcd;
import com.webook.ranking.domain.Counts;
import com.webook.ranking.infrastructure.config.ScoreSettings;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import com.webook.ranking.infrastructure.job.RankingJobHandler;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The hot list through its real doors: the job fired over the XXL-Job executor protocol (as job-admin
 * fires it), likes arriving as events on Kafka, withdrawals announced on the article feed, weights changed
 * in the config center (etcd), the list read over Triple as consumer-web reads it.
 */
class HotListIT extends RankingIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ObjectMapper json;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${webook.etcd.namespace}")
    String namespace;

    @Autowired
    ScoreSettings scoreSettings;

    @Test
    void theJobFiredThroughTheExecutorRanksTheArticlesAndLogsWhatItDid() throws Exception {
        long hot = publish(Duration.ofHours(2), 40);
        long warm = publish(Duration.ofHours(1), 10);
        publish(Duration.ofDays(8), 1_000);

        JsonNode answer = fire(properties.executor().accessToken(), 4242);
        assertThat(answer.get("code").asInt()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> ranking().hot(0, 100).total() == 2);
        HotList list = ranking().hot(0, 100);
        assertThat(list.items()).extracting(HotArticle::id).containsExactly(hot, warm);
        assertThat(list.items().get(0).likeCount()).isEqualTo(40);
        assertThat(list.items().get(0).abstractText()).isEqualTo("abstract " + hot);
        assertThat(list.computedAt()).isNotNull().isEqualTo(list.reconciledAt());
        assertThat(list.stale()).isFalse();
        assertThat(ranking().hot(1, 1).items()).extracting(HotArticle::id).containsExactly(warm);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(log(4242)).contains("ranked 2 articles"));
    }

    @Test
    void aWrongTokenIsRefusedAndRunsNothing() throws Exception {
        publish(Duration.ofHours(1), 5);

        JsonNode answer = fire("not-the-token", 4343);

        assertThat(answer.get("code").asInt()).isEqualTo(500);
        assertThat(answer.get("msg").asText()).containsIgnoringCase("token");
        Thread.sleep(500);
        assertThat(ranking().hot(0, 100).total()).isZero();
    }

    @Test
    void likesOnKafkaMoveTheListWithinSecondsAndBringNewArticlesIn() throws Exception {
        long first = publish(Duration.ofHours(3), 30);
        long second = publish(Duration.ofHours(3), 20);
        fire(properties.executor().accessToken(), 4444);
        await().atMost(Duration.ofSeconds(10)).until(() -> ranking().hot(0, 100).total() == 2);
        long newcomer = publish(Duration.ofMinutes(1), 0);

        ARTICLES.counts.put(second, new Counts(90, 0, 0));
        ARTICLES.counts.put(newcomer, new Counts(200, 0, 0));
        try (KafkaProducer<String, String> producer = producer()) {
            for (long id : List.of(second, newcomer)) {
                producer.send(new ProducerRecord<>(properties.events().topic(), "article:" + id, json.writeValueAsString(
                        new InteractionEvent(UUID.randomUUID().toString(), "article", id, 5, InteractionEvent.Kind.LIKE,
                                System.currentTimeMillis()))));
            }
            producer.send(new ProducerRecord<>(properties.events().topic(), "x", "not an event"));
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ranking().hot(0, 100).items())
                .extracting(HotArticle::id).containsExactly(newcomer, second, first));
        HotList list = ranking().hot(0, 100);
        assertThat(list.computedAt()).isAfter(list.reconciledAt());
    }

    @Test
    void aWithdrawnArticleLeavesTheListWithinTwoSeconds() throws Exception {
        long stays = publish(Duration.ofHours(3), 30);
        long withdrawn = publish(Duration.ofHours(3), 50);
        fire(properties.executor().accessToken(), 4545);
        await().atMost(Duration.ofSeconds(10)).until(() -> ranking().hot(0, 100).total() == 2);

        ARTICLES.published.remove(withdrawn);
        long announced = System.nanoTime();
        redis.opsForStream().add(properties.articleChangesFeed(), Map.of("v", Long.toString(withdrawn)));

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(ranking().hot(0, 100).items()).extracting(HotArticle::id).containsExactly(stays));
        System.out.printf("withdrawn article left the served list %d ms after the announcement%n",
                (System.nanoTime() - announced) / 1_000_000);
    }

    @Test
    void newScoreWeightsInTheConfigCenterApplyToTheNextRunWithoutARestart() throws Exception {
        long liked = publish(Duration.ofHours(1), 10);
        long collected = publish(Duration.ofHours(1), 0);
        ARTICLES.counts.put(collected, new Counts(0, 30, 0));
        fire(properties.executor().accessToken(), 4646);
        await().atMost(Duration.ofSeconds(10)).until(() -> ranking().hot(0, 100).total() == 2);
        assertThat(ranking().hot(0, 100).items()).extracting(HotArticle::id).containsExactly(liked, collected);

        // as an operator does it: apps may only read the config center
        ByteSequence key = ByteSequence.from("/" + namespace + "/config/webook-ranking/" + properties.scoreKey(),
                StandardCharsets.UTF_8);
        try (Client operator = TestEtcd.asOperator()) {
            operator.getKVClient().put(key, ByteSequence.from("likes=1\ncollects=1\n", StandardCharsets.UTF_8)).get();
            try {
                await().atMost(Duration.ofSeconds(5)).until(() -> scoreSettings.get().collects() == 1);
                fire(properties.executor().accessToken(), 4747);
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ranking().hot(0, 100).items())
                        .extracting(HotArticle::id).containsExactly(collected, liked));

                operator.getKVClient().put(key, ByteSequence.from("likes=1\ncollects=-5\n", StandardCharsets.UTF_8))
                        .get();
                Thread.sleep(500);
                assertThat(scoreSettings.get().collects()).as("a bad value is refused, the last good kept").isEqualTo(1);
            } finally {
                operator.getKVClient().delete(key).get();
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> scoreSettings.get().collects() == 0);
        }
    }

    /** Another platform app, a foreign certificate, none, plaintext: refused as callers. */
    @Test
    void onlyConsumerWebMayReadTheList() {
        remote.assertOnlyAllowedCallers(RankingService.class, "webook-interactive", "hot",
                "[0,10]");
    }

    @Test
    void aPartOutsideTheListIsADeclaredRejection() {
        assertRejected(() -> ranking().hot(100, 1), RankingErrorCode.INVALID_ARGUMENT);
        assertRejected(() -> ranking().hot(0, 101), RankingErrorCode.INVALID_ARGUMENT);
        assertRejected(() -> ranking().hot(-1, 10), RankingErrorCode.INVALID_ARGUMENT);
    }

    /** Fires rankingJob as job-admin does: POST /run with the app's token. */
    private JsonNode fire(String token, long runId) throws Exception {
        String trigger = json.writeValueAsString(Map.ofEntries(
                Map.entry("jobId", 1), Map.entry("executorHandler", RankingJobHandler.HANDLER),
                Map.entry("executorParams", ""), Map.entry("executorBlockStrategy", "SERIAL_EXECUTION"),
                Map.entry("executorTimeout", 0), Map.entry("logId", runId),
                Map.entry("logDateTime", System.currentTimeMillis()), Map.entry("glueType", "BEAN"),
                Map.entry("glueSource", ""), Map.entry("glueUpdatetime", 0),
                Map.entry("broadcastIndex", 0), Map.entry("broadcastTotal", 1)));
        return call("/run", token, trigger);
    }

    private String log(long runId) throws Exception {
        JsonNode answer = call("/log", properties.executor().accessToken(), json.writeValueAsString(Map.of(
                "logDateTim", System.currentTimeMillis(), "logId", runId, "fromLineNum", 1)));
        return answer.path("content").path("logContent").asText("");
    }

    private JsonNode call(String path, String token, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + properties.executor().port() + path))
                .header("XXL-JOB-ACCESS-TOKEN", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    private KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return new KafkaProducer<>(config);
    }
}
