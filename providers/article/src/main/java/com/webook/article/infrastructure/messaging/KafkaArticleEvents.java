package com.webook.article.infrastructure.messaging;

import com.webook.api.article.v1.ArticlePublishedEvent;
import com.webook.api.article.v1.ArticleReadEvent;
import com.webook.article.domain.ArticleEvent;
import com.webook.article.domain.ArticleEvents;
import com.webook.provider.support.events.EventPublisher;

/**
 * Article events to Kafka as the published JSON records, keyed by article id, through the platform's
 * non-blocking {@link EventPublisher}: a request only enqueues, and an event that cannot be delivered is
 * counted in {@code webook.events.dropped{topic}}.
 */
public class KafkaArticleEvents implements ArticleEvents {

    /** Topic names; configurable so that tests can use their own. */
    public record Topics(String published, String read) {
    }

    private final EventPublisher publisher;
    private final Topics topics;

    public KafkaArticleEvents(EventPublisher publisher, Topics topics) {
        this.publisher = publisher;
        this.topics = topics;
    }

    @Override
    public void publish(ArticleEvent event) {
        String topic = event instanceof ArticleEvent.Published ? topics.published() : topics.read();
        publisher.publish(topic, Long.toString(event.articleId().value()), recordOf(event));
    }

    /** The published record of the event: what consumers in other contexts read. */
    static Object recordOf(ArticleEvent event) {
        if (event instanceof ArticleEvent.Published p) {
            return new ArticlePublishedEvent(p.eventId(), p.articleId().value(), p.authorId().value(), p.title(),
                    p.at().toEpochMilli());
        }
        ArticleEvent.Read r = (ArticleEvent.Read) event;
        return new ArticleReadEvent(r.eventId(), r.articleId().value(), r.readerId(), r.at().toEpochMilli(), r.readerKey());
    }
}
