package com.webook.provider.support.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.rpc.Invoker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Test kit: Dubbo clients of the provider under test, one per service interface, built the way the
 * platform's callers build theirs: found through the etcd registry ({@code scope = remote}, never the
 * in-JVM shortcut) and called over Triple with this JVM's client certificate, retrying what the contract
 * declares idempotent like every caller. They wait up to 10 s, so a loaded machine does not fail a test
 * by timeout.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RemoteServices implements DisposableBean {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration DISCOVERY = Duration.ofSeconds(20);

    private final Map<Class<?>, ReferenceConfig<?>> references = new ConcurrentHashMap<>();

    /** The remote client of {@code service}, at the version its {@code VERSION} constant names. */
    @SuppressWarnings("unchecked")
    public <T> T of(Class<T> service) {
        return (T) references.computeIfAbsent(service, RemoteServices::reference).get();
    }

    /**
     * The remote client of {@code service} once the provider under test is in its directory (it
     * registered in etcd and the client saw it), within 20 s: what every test of a provider waits for first.
     */
    public <T> T discovered(Class<T> service) {
        T client = of(service);
        Invoker<?> invoker = referenceOf(service).getInvoker();
        await().atMost(DISCOVERY).until(invoker::isAvailable);
        return client;
    }

    /** The reference behind {@link #of}, for tests that look into the client (its directory, its invoker). */
    public ReferenceConfig<?> referenceOf(Class<?> service) {
        of(service);
        return references.get(service);
    }

    private static ReferenceConfig<?> reference(Class<?> service) {
        ReferenceConfig<Object> reference = new ReferenceConfig<>();
        reference.setInterface(service);
        reference.setVersion(versionOf(service));
        reference.setScope("remote");
        reference.setRetries(0);
        reference.setTimeout((int) TIMEOUT.toMillis());
        reference.setCheck(false);
        return reference;
    }

    private static String versionOf(Class<?> service) {
        try {
            return (String) service.getField("VERSION").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(service.getName() + " has no VERSION constant", e);
        }
    }

    @Override
    public void destroy() {
        references.values().forEach(ReferenceConfig::destroy);
    }
}
