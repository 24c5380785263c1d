package com.webook.interactive.infrastructure.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.article.v1.ArticleReadEvent;
import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.ReadEvent;
import com.webook.provider.support.events.JsonEventReader;

/**
 * Reads an {@link ArticleReadEvent} from its JSON, strictly: every field present and of its type, an
 * eventId of 1–64 printable ASCII characters (it is the dedupe key), a positive articleId. The article
 * is what is counted; {@code readerKey} (optional, 1–128 printable ASCII characters) only makes a
 * reader's repeated reads count once, and {@code readerId} is checked and then not used.
 */
public final class ReadEventParser extends JsonEventReader<ReadEvent> {

    static final String BIZ = "article";
    private static final int EVENT_ID_MAX = 64;
    private static final int READER_KEY_MAX = 128;

    public ReadEventParser(ObjectMapper json) {
        super(json);
    }

    @Override
    protected Read<ReadEvent> readObject(JsonNode node) {
        JsonNode eventId = node.get("eventId");
        if (eventId == null || !eventId.isTextual() || !isEventId(eventId.textValue())) {
            return new Unreadable<>("eventId must be 1 to 64 printable ASCII characters");
        }
        if (!isLong(node.get("articleId")) || node.get("articleId").longValue() <= 0) {
            return new Unreadable<>("articleId must be a positive integer");
        }
        if (!isLong(node.get("readerId")) || node.get("readerId").longValue() < 0) {
            return new Unreadable<>("readerId must be a non-negative integer");
        }
        if (!isLong(node.get("readAtMillis"))) {
            return new Unreadable<>("readAtMillis must be an integer");
        }
        JsonNode readerKey = node.get("readerKey");
        String reader = null;
        if (readerKey != null && !readerKey.isNull()) {
            if (!readerKey.isTextual() || !isPrintable(readerKey.textValue(), READER_KEY_MAX)) {
                return new Unreadable<>("readerKey must be 1 to 128 printable ASCII characters or null");
            }
            reader = readerKey.textValue();
        }
        return new Event<>(new ReadEvent(eventId.textValue(), new BizObject(BIZ, node.get("articleId").longValue()),
                reader));
    }

    private static boolean isLong(JsonNode field) {
        return field != null && field.isIntegralNumber() && field.canConvertToLong();
    }

    private static boolean isEventId(String id) {
        return isPrintable(id, EVENT_ID_MAX);
    }

    private static boolean isPrintable(String text, int max) {
        if (text.isEmpty() || text.length() > max) {
            return false;
        }
        return text.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
