package com.webook.job.application;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executors joining and leaving ({@code /api/registry}, {@code /api/registryRemove}). A registration must
 * carry its app's token and come from the app's networks; a new instance is asked {@code /beat} before it
 * is listed, so an address job-admin cannot reach (a container's inner address, a wrong port) is refused
 * with a message the executor logs, instead of being listed and failing every run sent to it.
 */
public final class RegisteringExecutors {

    private static final Logger log = LoggerFactory.getLogger(RegisteringExecutors.class);

    /** What the executor is told: nothing when it was accepted. */
    public sealed interface Outcome {
        record Accepted() implements Outcome {
        }

        record Refused(int status, String message) implements Outcome {
        }
    }

    private final ExecutorApps apps;
    private final ExecutorStore executors;
    private final ExecutorChannel channel;

    public RegisteringExecutors(ExecutorApps apps, ExecutorStore executors, ExecutorChannel channel) {
        this.apps = apps;
        this.executors = executors;
        this.channel = channel;
    }

    public Outcome register(String token, String group, String app, String address) {
        return checked(token, group, app, address, access -> {
            List<String> live = executors.live(access.app());
            if (!live.contains(address)) {
                ExecutorChannel.Answer beat = channel.beat(address, access.token());
                if (!beat.ok()) {
                    log.warn("refused {} of {}: it does not answer /beat ({})", address, access.app(), beat.message());
                    return new Outcome.Refused(400, "job-admin cannot reach " + address + ": " + beat.message());
                }
                executors.ensureApp(access.app(), access.title());
                log.info("executor {} of {} registered", address, access.app());
            }
            executors.renew(access.app(), address);
            return new Outcome.Accepted();
        });
    }

    public Outcome remove(String token, String group, String app, String address) {
        return checked(token, group, app, address, access -> {
            executors.remove(access.app(), address);
            log.info("executor {} of {} left", address, access.app());
            return new Outcome.Accepted();
        });
    }

    private Outcome checked(String token, String group, String app, String address,
                            java.util.function.Function<ExecutorApps.Access, Outcome> then) {
        if (!"EXECUTOR".equals(group)) {
            return new Outcome.Refused(400, "registryGroup must be EXECUTOR");
        }
        ExecutorApps.Access access = apps.named(app).orElse(null);
        if (access == null || !ExecutorApps.sameToken(access.token(), token)) {
            // one answer for an unknown app and a wrong token: neither tells which apps exist
            return new Outcome.Refused(401, "The access token is wrong.");
        }
        if (address == null || address.length() > 255) {
            return new Outcome.Refused(400, "registryValue must be the executor's address, at most 255 characters");
        }
        return apps.refusal(access, address).<Outcome>map(why -> new Outcome.Refused(403, why))
                .orElseGet(() -> then.apply(access));
    }
}
