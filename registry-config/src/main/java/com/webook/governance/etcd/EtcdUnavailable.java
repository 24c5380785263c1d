package com.webook.governance.etcd;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** etcd did not answer in time, refused the credentials, or is not there. */
public class EtcdUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How long any one etcd call may take before it counts as etcd being away. */
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    public EtcdUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The answer of an etcd call, waited for at most {@link #TIMEOUT}.
     *
     * @param what the call, for the message: "cannot <what>: <etcd's reason>"
     * @throws EtcdUnavailable when it failed, took too long, or the thread was interrupted
     */
    public static <T> T await(CompletableFuture<T> call, String what) {
        try {
            return call.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            throw new EtcdUnavailable("cannot " + what + ": " + reason, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EtcdUnavailable("interrupted while waiting to " + what, e);
        }
    }
}
