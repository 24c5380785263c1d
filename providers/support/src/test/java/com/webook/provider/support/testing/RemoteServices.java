package com.webook.provider.support.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.webook.governance.testkit.DubboPorts;
import com.webook.governance.testkit.TestPki;
import com.webook.governance.testkit.TripleHttps;
import com.webook.governance.testkit.TripleHttps.Answer;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.rpc.Invoker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

/**
 * Test kit: Dubbo clients of the provider under test, one per service interface, built the way the
 * platform's callers build theirs: found through the etcd registry ({@code scope = remote}, never the
 * in-JVM shortcut) and called over Triple with this JVM's client certificate, retrying what the contract
 * declares idempotent like every caller. They wait up to 10 s, so a loaded machine does not fail a test
 * by timeout.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RemoteServices implements DisposableBean, ApplicationContextAware {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration DISCOVERY = Duration.ofSeconds(20);

    private final Map<Class<?>, ReferenceConfig<?>> references = new ConcurrentHashMap<>();
    private ApplicationContext context;

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

    /**
     * The trust boundary of the provider under test, tried from outside Dubbo: {@code method} of
     * {@code service} with the JSON {@code args}, called as {@code anotherApp} (a platform app its allow-list
     * does not name for the method), with a certificate the platform's CA did not issue, without a
     * certificate and in plaintext. Every call must be refused as a caller; the test then checks that
     * nothing was written or sent.
     */
    public void assertOnlyAllowedCallers(Class<?> service, String anotherApp, String method, String args) {
        int port = DubboPorts.of(context);
        String name = service.getName();
        List<Answer> answers = List.of(
                TripleHttps.as(anotherApp).call(port, name, method, args),
                TripleHttps.as(TestPki.INTRUDER).call(port, name, method, args),
                TripleHttps.withoutCertificate().call(port, name, method, args),
                TripleHttps.plaintext().call(port, name, method, args));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.refusedAsCaller()).as(answer.toString()).isTrue());
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.context = context;
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
