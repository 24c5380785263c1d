package com.webook.ranking.infrastructure.messaging;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.provider.support.events.EventReader;

/**
 * Reads from an {@code InteractionEvent}'s JSON only what the hot list needs, which object it touched:
 * {@code biz} (text) and {@code bizId} (a positive integer). Anything else is unreadable and
 * dead-lettered. The kind of change does not matter: the counts are read again, whatever happened.
 */
public final class InteractionEventReader implements EventReader<InteractionEventReader.Touched> {

    /** An object whose likes or collections changed. */
    public record Touched(String biz, long bizId) {
    }

    private final ObjectMapper json;

    public InteractionEventReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Read<Touched> read(byte[] value) {
        if (value == null || value.length == 0) {
            return new Unreadable<>("empty message");
        }
        JsonNode node;
        try {
            node = json.readTree(value);
        } catch (IOException e) {
            return new Unreadable<>("not JSON");
        }
        if (node == null || !node.isObject()) {
            return new Unreadable<>("not a JSON object");
        }
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
