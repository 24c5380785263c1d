package com.webook.governance.etcd;

import static org.apache.dubbo.common.constants.CommonConstants.ANY_VALUE;
import static org.apache.dubbo.common.constants.CommonConstants.GROUP_KEY;
import static org.apache.dubbo.common.constants.CommonConstants.PATH_SEPARATOR;
import static org.apache.dubbo.common.constants.RegistryConstants.CATEGORY_KEY;
import static org.apache.dubbo.common.constants.RegistryConstants.CONFIGURATORS_CATEGORY;
import static org.apache.dubbo.common.constants.RegistryConstants.CONSUMERS_CATEGORY;
import static org.apache.dubbo.common.constants.RegistryConstants.DEFAULT_CATEGORY;
import static org.apache.dubbo.common.constants.RegistryConstants.EMPTY_PROTOCOL;
import static org.apache.dubbo.common.constants.RegistryConstants.PROVIDERS_CATEGORY;
import static org.apache.dubbo.common.constants.RegistryConstants.ROUTERS_CATEGORY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.options.PutOption;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.common.utils.NamedThreadFactory;
import org.apache.dubbo.common.utils.UrlUtils;
import org.apache.dubbo.registry.NotifyListener;
import org.apache.dubbo.registry.support.FailbackRegistry;
import org.apache.dubbo.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dubbo's registry on etcd, in interface mode, on jetcd's public API and with etcd's authentication.
 *
 * <p>Keys: {@code /<group>/<interface>/<category>/<URL-encoded service URL>} (the layout Dubbo's etcd
 * extensions use), where the group is the platform's namespace ({@code webook}). A provider's keys live
 * on one lease of this registry ({@link RegistryLease}): they vanish when the provider stops or dies, and
 * are written again under a new lease when etcd returns after losing the old one.
 *
 * <p>A consumer's subscription reads each category of the service, then follows it with a watch
 * ({@link WatchedRange}); while etcd is away it is told nothing, so it keeps calling the providers it
 * knows. The watches resume by themselves and every subscription is read again when the lease comes
 * back and every {@link #RESYNC_PERIOD_SECONDS} seconds, so a missed event cannot leave a consumer with a
 * stale list for long.
 */
public class EtcdRegistry extends FailbackRegistry {

    private static final Logger log = LoggerFactory.getLogger(EtcdRegistry.class);
    static final long RESYNC_PERIOD_SECONDS = 30;
    private static final String DEFAULT_ROOT = "dubbo";
    private static final long RETRY_MIN_MILLIS = 500;
    private static final long RETRY_MAX_MILLIS = 5_000;

    private final String root;
    private final EtcdConnections.Connection connection;
    private final ExecutorService deliveries;
    private final ScheduledExecutorService timers;
    private final RegistryLease lease;
    private final Map<Subscription, List<WatchedRange>> watches = new ConcurrentHashMap<>();

    public EtcdRegistry(URL url, EtcdConnections.Connection connection) {
        super(url);
        String group = url.getParameter(GROUP_KEY, DEFAULT_ROOT);
        this.root = group.startsWith(PATH_SEPARATOR) ? group : PATH_SEPARATOR + group;
        this.connection = connection;
        this.deliveries = Executors.newSingleThreadExecutor(new NamedThreadFactory("etcd-registry-notify", true));
        this.timers = Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("etcd-registry-timer", true));
        this.lease = new RegistryLease(connection.client(), url.getParameter("session", 15_000) / 1000,
                this::leaseRenewed);
        timers.scheduleWithFixedDelay(this::resyncAll, RESYNC_PERIOD_SECONDS, RESYNC_PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private Client client() {
        return connection.client();
    }

    @Override
    public void doRegister(URL url) {
        try {
            write(url);
        } catch (EtcdUnavailable e) {
            throw new RpcException(e.getMessage() + " (" + connection + ")", e);
        }
    }

    /** Puts the URL's key on the live lease, and again should that lease be replaced while it did. */
    private void write(URL url) {
        String key = keyOf(url);
        for (int attempt = 1; ; attempt++) {
            long leaseId = lease.id();
            EtcdUnavailable.await(client().getKVClient().put(WatchedRange.bytes(key), WatchedRange.bytes(""),
                    PutOption.builder().withLeaseId(leaseId).build()), "register " + url.getServiceKey());
            if (lease.isCurrent(leaseId) || !lease.isAlive() || attempt == 3) {
                return; // on the live lease, or lost again: the next renewal writes every key
            }
        }
    }

    @Override
    public void doUnregister(URL url) {
        try {
            EtcdUnavailable.await(client().getKVClient().delete(WatchedRange.bytes(keyOf(url))),
                    "unregister " + url.getServiceKey());
        } catch (EtcdUnavailable e) {
            throw new RpcException(e.getMessage() + " (" + connection + ")", e);
        }
    }

    @Override
    public void doSubscribe(URL url, NotifyListener listener) {
        if (ANY_VALUE.equals(url.getServiceInterface())) {
            throw new UnsupportedOperationException("subscribing to every service is not supported by this registry");
        }
        Subscription subscription = new Subscription(url, listener);
        List<WatchedRange> ranges = new ArrayList<>();
        try {
            for (String category : categories(url)) {
                String path = categoryPath(url, category) + PATH_SEPARATOR;
                WatchedRange range = new WatchedRange(client(), path, true, deliveries, timers,
                        children -> notify(url, listener, urlsOf(url, category, children)));
                ranges.add(range);
                range.start(); // tells the listener this category's providers (or rules) before returning
            }
        } catch (RuntimeException e) {
            ranges.forEach(WatchedRange::close); // a subscription that was already followed keeps its watches
            if (e instanceof EtcdUnavailable away) {
                throw new RpcException(away.getMessage() + " (" + connection + ")", away);
            }
            throw e;
        }
        List<WatchedRange> replaced = watches.put(subscription, ranges);
        if (replaced != null) {
            replaced.forEach(WatchedRange::close);
        }
        if (!getSubscribed().getOrDefault(url, Set.of()).contains(listener) && watches.remove(subscription, ranges)) {
            ranges.forEach(WatchedRange::close); // it unsubscribed while we were starting (even from its notify)
        }
    }

    @Override
    public void doUnsubscribe(URL url, NotifyListener listener) {
        closeWatches(new Subscription(url, listener));
    }

    @Override
    public boolean isAvailable() {
        return lease.isAlive() || !watches.isEmpty();
    }

    @Override
    public void destroy() {
        super.destroy();
        watches.keySet().forEach(this::closeWatches);
        lease.revoke();
        timers.shutdownNow();
        deliveries.shutdownNow();
        connection.close();
    }

    /**
     * A new lease after the old one was lost: write every registration again now, and read every
     * subscription. Runs on the lease's thread.
     */
    private void leaseRenewed() {
        log.info("etcd lease renewed; registering {} URL(s) again", getRegistered().size());
        writeRegistrations(RETRY_MIN_MILLIS);
        resyncAll();
    }

    /**
     * Writes every registered URL's key, trying again with a back-off while etcd refuses; a URL
     * unregistered while its key was being written is taken out again.
     */
    private void writeRegistrations(long retryMillis) {
        for (URL registered : getRegistered()) {
            try {
                write(registered);
                if (!getRegistered().contains(registered)) {
                    doUnregister(registered);
                }
            } catch (EtcdUnavailable | RpcException e) {
                log.warn("could not register {} again yet ({}); trying again in {} ms",
                        registered.getServiceKey(), e.getMessage(), retryMillis);
                lease.later(() -> writeRegistrations(Math.min(retryMillis * 2, RETRY_MAX_MILLIS)), retryMillis);
                return;
            }
        }
    }

    private void resyncAll() {
        watches.values().forEach(ranges -> ranges.forEach(WatchedRange::resync));
    }

    private void closeWatches(Subscription subscription) {
        List<WatchedRange> ranges = watches.remove(subscription);
        if (ranges != null) {
            ranges.forEach(WatchedRange::close);
        }
    }

    private List<URL> urlsOf(URL consumer, String category, Map<String, String> children) {
        List<URL> urls = new ArrayList<>();
        for (String key : children.keySet()) {
            String encoded = key.substring(key.lastIndexOf(PATH_SEPARATOR) + 1);
            URL provider;
            try {
                provider = URL.valueOf(URL.decode(encoded));
            } catch (RuntimeException e) {
                log.warn("skipping a registry key that is not a service URL: {} ({})", key, e.toString());
                continue;
            }
            if (UrlUtils.isMatch(consumer, provider)) {
                urls.add(provider);
            }
        }
        if (urls.isEmpty()) {
            urls.add(consumer.setProtocol(EMPTY_PROTOCOL).addParameter(CATEGORY_KEY, category));
        }
        return urls;
    }

    private static String[] categories(URL url) {
        if (ANY_VALUE.equals(url.getParameter(CATEGORY_KEY))) {
            return new String[]{PROVIDERS_CATEGORY, CONSUMERS_CATEGORY, ROUTERS_CATEGORY, CONFIGURATORS_CATEGORY};
        }
        return url.getParameter(CATEGORY_KEY, new String[]{DEFAULT_CATEGORY});
    }

    private String categoryPath(URL url, String category) {
        return root + PATH_SEPARATOR + URL.encode(url.getServiceInterface()) + PATH_SEPARATOR + category;
    }

    String keyOf(URL url) {
        return categoryPath(url, url.getCategory(DEFAULT_CATEGORY)) + PATH_SEPARATOR + URL.encode(url.toFullString());
    }

    private record Subscription(URL url, NotifyListener listener) {
    }
}
