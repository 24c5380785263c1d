package com.webook.api.common.v1;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.dubbo.common.URL;
import org.apache.dubbo.common.serialize.ObjectInput;
import org.apache.dubbo.common.serialize.ObjectOutput;
import org.apache.dubbo.common.serialize.hessian2.Hessian2Serialization;
import org.apache.dubbo.rpc.model.FrameworkModel;

/** Writes a value with Dubbo's Hessian2 serialization, as a provider would, and reads it back. */
public final class Hessian2RoundTrip {

    private static final URL URL_WITH_MODEL =
            URL.valueOf("tri://127.0.0.1:50051").setScopeModel(FrameworkModel.defaultModel());

    private Hessian2RoundTrip() {
    }

    public static <T> T roundTrip(T value, Class<T> type) {
        Hessian2Serialization serialization = new Hessian2Serialization();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ObjectOutput out = serialization.serialize(URL_WITH_MODEL, bytes);
            out.writeObject(value);
            out.flushBuffer();
            ObjectInput in = serialization.deserialize(URL_WITH_MODEL, new ByteArrayInputStream(bytes.toByteArray()));
            return in.readObject(type);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Hessian2 round trip failed for " + value.getClass(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T value) {
        return roundTrip(value, (Class<T>) value.getClass());
    }
}
