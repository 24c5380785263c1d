package com.webook.governance.etcd;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.lease.LeaseKeepAliveResponse;
import io.etcd.jetcd.support.CloseableClient;
import io.grpc.stub.StreamObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lease a registry's keys live on: granted on first use, kept alive while etcd answers, and granted
 * anew (calling {@code onRenewed} so the keys are written again) when it was lost: etcd restarted, was
 * away longer than the lease's time to live, or the keep-alive stream broke. When the app stops the
 * lease is revoked, which takes all of its keys out of the registry at once.
 */
final class RegistryLease {

    private static final Logger log = LoggerFactory.getLogger(RegistryLease.class);
    private static final long MIN_BACKOFF_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final Client client;
    private final long ttlSeconds;
    private final ScheduledExecutorService timers;
    private final Runnable onRenewed;

    private long id;
    private CloseableClient keepAlive;
    private boolean lost;
    private boolean closed;
    private long backoff = MIN_BACKOFF_MILLIS;

    RegistryLease(Client client, long ttlSeconds, ScheduledExecutorService timers, Runnable onRenewed) {
        this.client = client;
        this.ttlSeconds = Math.max(ttlSeconds, 5);
        this.timers = timers;
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
                    lose(granted, "expired");
                }
            }

            @Override
            public void onError(Throwable error) {
                lose(granted, error.getMessage());
            }

            @Override
            public void onCompleted() {
                lose(granted, "the keep-alive stream ended");
            }
        });
        backoff = MIN_BACKOFF_MILLIS;
    }

    private synchronized void lose(long leaseId, String why) {
        if (closed || leaseId != id) {
            return;
        }
        log.warn("etcd lease {} lost ({}); getting a new one", Long.toHexString(leaseId), why);
        stopKeepAlive();
        id = 0;
        lost = true;
        timers.schedule(this::renew, backoff, TimeUnit.MILLISECONDS);
    }

    private void renew() {
        synchronized (this) {
            if (closed || !lost) {
                return;
            }
            try {
                if (id == 0) {
                    grant();
                }
                lost = false;
            } catch (EtcdUnavailable away) {
                log.debug("no new lease yet: {}", away.getMessage());
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
                timers.schedule(this::renew, backoff, TimeUnit.MILLISECONDS);
                return;
            }
        }
        onRenewed.run();
    }

    /** Ends the lease and with it every key written on it. */
    synchronized void revoke() {
        closed = true;
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
