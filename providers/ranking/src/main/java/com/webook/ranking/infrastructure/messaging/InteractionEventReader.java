package com.webook.ranking.infrastructure.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.provider.support.events.JsonEventReader;

/**
 * Reads from an {@code InteractionEvent}'s JSON only what the hot list needs, which object it touched:
 * {@code biz} (text) and {@code bizId} (a positive integer). Anything else is unreadable and
 * dead-lettered. The kind of change does not matter: the counts are read again, whatever happened.
 */
public final class InteractionEventReader extends JsonEventReader<InteractionEventReader.Touched> {

    /** An object whose likes or collections changed. */
    public record Touched(String biz, long bizId) {
    }

    public InteractionEventReader(ObjectMapper json) {
        super(json);
    }

    @Override
    protected Read<Touched> readObject(JsonNode node) {
        JsonNode biz = node.get("biz");
        if (biz == null || !biz.isTextual() || biz.textValue().isEmpty() || biz.textValue().length() > 32) {
            return new Unreadable<>("biz must be 1 to 32 characters");
        }
        JsonNode bizId = node.get("bizId");
        if (bizId == null || !bizId.isIntegralNumber() || !bizId.canConvertToLong() || bizId.longValue() <= 0) {
            return new Unreadable<>("bizId must be a positive integer");
        }
        return new Event<>(new Touched(biz.textValue(), bizId.longValue()));
    }
}
