package com.webook.interactive.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.interactive.v1.CollectionFolder;
import com.webook.api.interactive.v1.InteractionEvent;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.interactive.infrastructure.config.InteractionEventsProperties;
import com.webook.provider.support.events.KafkaClientConfigs;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import com.webook.provider.support.testing.RemoteServices;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Likes and collections that change state reach Kafka as InteractionEvents, keyed by object, read back from
 * the real broker; repeats that change nothing send nothing.
 */
@ProviderIntegrationTest
class InteractionEventsIT {

    @Autowired
    RemoteServices remote;

    @Autowired
    InteractionEventsProperties events;

    @Autowired
    ObjectMapper json;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void eachChangeOfStateIsOneEventKeyedByTheObject() throws Exception {
        InteractiveService interactive = remote.discovered(InteractiveService.class);
        long article = Ids.fresh();
        long ada = Ids.fresh();
        CollectionFolder folder = interactive.createCollection(ada, "f");

        interactive.like("article", article, ada, true);
        interactive.like("article", article, ada, true);
        interactive.collect("article", article, ada, folder.id());
        interactive.uncollect("article", article, ada);
        interactive.like("article", article, ada, false);

        List<InteractionEvent> seen = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(KafkaClientConfigs.consumer(bootstrapServers,
                "it-interaction-reader-" + UUID.randomUUID(), "earliest", 100))) {
            reader.subscribe(List.of(events.topic()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : reader.poll(Duration.ofMillis(300))) {
                    InteractionEvent event = json.readValue(record.value(), InteractionEvent.class);
                    if (event.bizId() == article) {
                        seen.add(event);
                        keys.add(new String(record.key()));
                    }
                }
                return seen.size() >= 4;
            });
        }

        assertThat(seen).extracting(InteractionEvent::kind).containsExactly(InteractionEvent.Kind.LIKE,
                InteractionEvent.Kind.COLLECT, InteractionEvent.Kind.UNCOLLECT, InteractionEvent.Kind.UNLIKE);
        assertThat(seen).extracting(InteractionEvent::userId).containsOnly(ada);
        assertThat(seen).extracting(InteractionEvent::eventId).doesNotHaveDuplicates();
        assertThat(keys).containsOnly("article:" + article);
    }
}
