package com.webook.provider.support.events;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An {@link EventReader} of events written as JSON objects: an empty message, one that is not JSON and one
 * that is not an object are unreadable here, once for every reader; the reader itself checks the object's
 * fields.
 */
public abstract class JsonEventReader<E> implements EventReader<E> {

    private final ObjectMapper json;

    protected JsonEventReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public final Read<E> read(byte[] value) {
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
        return readObject(node);
    }

    /** The event in {@code object}, or why it cannot be one; never throws. */
    protected abstract Read<E> readObject(JsonNode object);
}
