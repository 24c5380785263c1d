package com.webook.governance.etcd;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.common.exception.ErrorCode;
import io.etcd.jetcd.common.exception.EtcdException;
import io.etcd.jetcd.lease.LeaseKeepAliveResponse;
import io.etcd.jetcd.support.CloseableClient;
import io.grpc.stub.StreamObserver;
import org.apache.dubbo.common.utils.NamedThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lease a registry's keys live on: granted on first use, kept alive while etcd answers, and granted
 * anew (calling {@code onRenewed} so the keys are written again) when it was lost: etcd restarted, or was
 * away longer than the lease's time to live. When the app stops the lease is revoked, which takes all of
 * its keys out of the registry at once.
 *
 * <p>jetcd keeps a lease alive on one shared stream and reconnects that stream itself, telling each
 * observer of every break; a break is not a lost lease. The lease counts as lost only when etcd says
 * it does not know it ({@code NOT_FOUND}, or a keep-alive answer with no time left) or when no answer
 * came before its deadline. Those callbacks arrive on jetcd's threads, inside jetcd's locks, so they
 * only hand the work to this lease's own thread; that thread also does the blocking re-grant and the
 * re-registration, away from the registry's other timers.
 */
final class RegistryLease {

    private static final Logger log = LoggerFactory.getLogger(RegistryLease.class);
    private static final long MIN_BACKOFF_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final Client client;
    private final long ttlSeconds;
    private final ScheduledExecutorService worker =
            Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("etcd-registry-lease", true));
    private final Runnable onRenewed;

    private long id;
    private CloseableClient keepAlive;
    private boolean closed;
    /** A renewal is scheduled or running: a second loss meanwhile needs no second one. */
    private boolean renewing;
    private long backoff = MIN_BACKOFF_MILLIS;

    RegistryLease(Client client, long ttlSeconds, Runnable onRenewed) {
        this.client = client;
        this.ttlSeconds = Math.max(ttlSeconds, 5);
        this.onRenewed = onRenewed;
    }

    /**
     * The live lease's id, granting one when there is none.
     *
     * @throws EtcdUnavailable when etcd cannot grant one now
     */
    synchronized long id() {
        if (id == 0) {
            grant();
        }
        return id;
    }

    synchronized boolean isAlive() {
        return id != 0;
    }

    private void grant() {
        if (closed) {
            throw new EtcdUnavailable("the registry is closed", null);
        }
        id = EtcdUnavailable.await(client.getLeaseClient().grant(ttlSeconds), "get a lease from etcd").getID();
        long granted = id;
        keepAlive = client.getLeaseClient().keepAlive(granted, new StreamObserver<>() {
            @Override
            public void onNext(LeaseKeepAliveResponse response) {
                if (response.getTTL() <= 0) {
                    lost(granted, "etcd answered it has expired");
                }
            }

            @Override
            public void onError(Throwable error) {
                if (error instanceof EtcdException etcd && etcd.getErrorCode() == ErrorCode.NOT_FOUND) {
                    lost(granted, etcd.getMessage());
                } else {
                    log.debug("the keep-alive stream of lease {} broke ({}); jetcd reconnects it",
                            Long.toHexString(granted), error.toString());
                }
            }

            @Override
            public void onCompleted() {
                lost(granted, "no keep-alive answer before its deadline");
            }
        });
        backoff = MIN_BACKOFF_MILLIS;
    }

    /** A jetcd callback: hands the loss to this lease's thread. */
    private void lost(long leaseId, String why) {
        schedule(() -> lose(leaseId, why), 0);
    }

    private synchronized void lose(long leaseId, String why) {
        if (closed || leaseId != id) {
            return;
        }
        log.warn("etcd lease {} lost ({}); getting a new one", Long.toHexString(leaseId), why);
        stopKeepAlive();
        id = 0;
        if (!renewing) {
            renewing = true;
            schedule(this::renew, 0);
        }
    }

    private void renew() {
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                if (id == 0) { // else someone registering got one meanwhile; the other keys still need it
                    grant();
                }
            } catch (EtcdUnavailable away) {
                log.debug("no new lease yet: {}", away.getMessage());
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
                schedule(this::renew, backoff);
                return;
            }
            renewing = false;
        }
        onRenewed.run();
    }

    /** Whether keys written on {@code leaseId} live on the current lease (false once it was lost or replaced). */
    synchronized boolean isCurrent(long leaseId) {
        return id == leaseId;
    }

    /** Runs {@code task} on this lease's thread after {@code delayMillis} (work that follows a renewal). */
    void later(Runnable task, long delayMillis) {
        schedule(task, delayMillis);
    }

    private void schedule(Runnable task, long delayMillis) {
        try {
            worker.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            log.debug("lease work dropped: the registry is closing");
        }
    }

    /** Ends the lease and with it every key written on it. */
    synchronized void revoke() {
        closed = true;
        worker.shutdownNow();
        stopKeepAlive();
        if (id != 0) {
            try {
                EtcdUnavailable.await(client.getLeaseClient().revoke(id), "revoke etcd lease " + Long.toHexString(id));
            } catch (EtcdUnavailable e) {
                log.warn("{}; its keys expire in {} s", e.getMessage(), ttlSeconds);
            }
            id = 0;
        }
    }

    private void stopKeepAlive() {
        if (keepAlive != null) {
            keepAlive.close();
            keepAlive = null;
        }
    }
}
