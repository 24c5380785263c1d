package com.webook.article.infrastructure.messaging;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;

import com.webook.api.article.v1.ArticlePublishedEvent;
import com.webook.api.article.v1.ArticleReadEvent;
import com.webook.article.domain.ArticleEvent;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.AuthorId;
import com.webook.provider.support.events.EventPublisher;
import org.junit.jupiter.api.Test;

/** Article events become the published records, on their topics, keyed by article id. */
class KafkaArticleEventsTest {

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final KafkaArticleEvents events =
            new KafkaArticleEvents(publisher, new KafkaArticleEvents.Topics("published", "reads"));

    @Test
    void aReadGoesToTheReadTopicAsTheReadRecord() {
        events.publish(new ArticleEvent.Read("e-1", new ArticleId(42), 7, Instant.ofEpochMilli(1_000), "user:7"));

        verify(publisher).publish("reads", "42", new ArticleReadEvent("e-1", 42, 7, 1_000, "user:7"));
    }

    @Test
    void aPublicationGoesToThePublishedTopicAsThePublishedRecord() {
        events.publish(new ArticleEvent.Published("e-2", new ArticleId(42), new AuthorId(9), "Hi",
                Instant.ofEpochMilli(2_000)));

        verify(publisher).publish("published", "42", new ArticlePublishedEvent("e-2", 42, 9, "Hi", 2_000));
    }
}
