package com.webook.governance.etcd;

import java.lang.reflect.Field;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.etcd.jetcd.Client;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import org.apache.dubbo.common.utils.NamedThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a jetcd client try etcd again every half second while it cannot reach it, instead of gRPC's back-off,
 * which grows to two minutes: after a 30 s outage gRPC would wait ~13 s more before its next attempt, so
 * registrations, config and Sentinel rules would come back that late. The back-off is reset by gRPC's own
 * {@link ManagedChannel#resetConnectBackoff()}, on the client's channel while it is in
 * {@link ConnectivityState#TRANSIENT_FAILURE}.
 *
 * <p>jetcd does not hand out its channel; it is read from the client's fields ({@code ClientImpl}'s
 * connection manager's {@code managedChannel}, jetcd 0.8.5). Should a jetcd upgrade move it, this logs so
 * once and does nothing: the client then reconnects on gRPC's schedule, later but still by itself
 * ({@code EtcdRuleSourceIT} shows the difference).
 */
final class PromptReconnect {

    private static final Logger log = LoggerFactory.getLogger(PromptReconnect.class);
    private static final long PERIOD_MILLIS = 500;
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("etcd-reconnect", true));
    private static volatile boolean unsupportedLogged;

    private PromptReconnect() {
    }

    /** Starts watching {@code client}'s channel; cancel the returned task when the client is closed. */
    static ScheduledFuture<?> watch(Client client) {
        return TIMER.scheduleWithFixedDelay(() -> nudge(client), PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static void nudge(Client client) {
        ManagedChannel channel = channelOf(client);
        if (channel != null && !channel.isShutdown() && channel.getState(false) == ConnectivityState.TRANSIENT_FAILURE) {
            channel.resetConnectBackoff();
        }
    }

    /** The client's channel, or null: not created yet, or not where jetcd 0.8.5 keeps it. */
    static ManagedChannel channelOf(Client client) {
        try {
            Object manager = field(client, "connectionManager");
            return manager == null ? null : (ManagedChannel) field(manager, "managedChannel");
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!unsupportedLogged) {
                unsupportedLogged = true;
                log.warn("cannot reach jetcd's gRPC channel ({}): after an etcd outage clients reconnect on gRPC's "
                        + "back-off (up to 2 minutes) instead of within a second", e.toString());
            }
            return null;
        }
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }
}
