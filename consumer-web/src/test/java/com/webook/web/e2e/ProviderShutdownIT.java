package com.webook.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.webook.governance.testkit.FreePorts;
import com.webook.governance.testkit.TestEtcd;
import com.webook.governance.testkit.TestRun;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.options.GetOption;
import org.junit.jupiter.api.Test;

/**
 * One of two provider instances goes away, politely or not, while reads go on through consumer-web.
 * Asked to stop, it leaves the registry first and keeps serving for its shutdown wait; killed, its
 * callers fail over to the other instance. Either way reads see no error. Each case first waits until
 * the second instance has served reads itself (its own {@code rpc.server.duration} count), so that it
 * is one of the two consumer-web uses, and a reader that dies of an exception fails the case.
 */
class ProviderShutdownIT extends Scenario {

    private static final String PROVIDERS = "/" + TestRun.etcdNamespace() + "/com.webook.api.user.v1.UserService/providers/";

    @Test
    void aStoppingProviderLeavesTheRegistryBeforeItStopsServingAndReadsSeeNoError() throws Exception {
        String email = newEmail();
        signUp(api, email);
        String token = logIn(api, email);

        int dubboPort = FreePorts.next();
        List<String> args = new ArrayList<>(Platform.IT_SETTINGS);
        args.removeIf(arg -> arg.startsWith("--webook.dubbo.shutdown-wait="));
        args.add("--dubbo.protocol.port=" + dubboPort);
        args.add("--webook.dubbo.shutdown-wait=2s");
        BootProcess second = BootProcess.start("user-provider-stopping",
                Path.of(System.getProperty("webook.it.user-provider-jar")), args);

        Reader reader = new Reader(api, token);
        try (Client etcd = TestEtcd.asApp()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> registered(etcd, dubboPort));
            reader.start();
            awaitServing(second, reader);

            AtomicLong leftRegistry = new AtomicLong();
            AtomicLong stoppedServing = new AtomicLong();
            long asked = System.nanoTime();
            second.terminate();
            while ((leftRegistry.get() == 0 || stoppedServing.get() == 0) && System.nanoTime() - asked < 30e9) {
                long now = System.nanoTime();
                if (leftRegistry.get() == 0 && !registered(etcd, dubboPort)) {
                    leftRegistry.set(now);
                }
                if (stoppedServing.get() == 0 && !listening(dubboPort)) {
                    stoppedServing.set(now);
                }
                Thread.sleep(20);
            }
            assertThat(second.awaitExit(Duration.ofSeconds(30))).isTrue();
            reader.awaitMore(10);
            reader.finish();

            assertThat(leftRegistry.get()).as("left the registry").isPositive();
            assertThat(stoppedServing.get()).as("stopped serving").isPositive();
            assertThat(Duration.ofNanos(stoppedServing.get() - leftRegistry.get()))
                    .as("served on after leaving the registry").isGreaterThanOrEqualTo(Duration.ofMillis(1000));
            assertThat(reader.reads()).isPositive();
            assertThat(reader.failures()).as("reads during the shutdown").isEmpty();
        } finally {
            reader.quit();
            second.stop();
        }
    }

    @Test
    void aKilledProviderIsFailedOverAndReadsSeeNoError() throws Exception {
        String email = newEmail();
        signUp(api, email);
        String token = logIn(api, email);
        int dubboPort = FreePorts.next();
        List<String> args = new ArrayList<>(Platform.IT_SETTINGS);
        args.add("--dubbo.protocol.port=" + dubboPort);
        BootProcess doomed = BootProcess.start("user-provider-killed",
                Path.of(System.getProperty("webook.it.user-provider-jar")), args);
        Reader reader = new Reader(api, token);
        try (Client etcd = TestEtcd.asApp()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> registered(etcd, dubboPort));
            reader.start();
            awaitServing(doomed, reader);

            doomed.kill();
            assertThat(doomed.awaitExit(Duration.ofSeconds(10))).isTrue();
            reader.awaitMore(50);
            reader.finish();

            assertThat(registered(etcd, dubboPort)).as("still in the registry until its lease lapses").isTrue();
            assertThat(reader.failures()).as("reads after the kill").isEmpty();
        } finally {
            reader.quit();
            doomed.stop();
        }
    }

    /** Waits until the instance has served profile reads itself: consumer-web found it and uses it. */
    private static void awaitServing(BootProcess instance, Reader reader) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            reader.check();
            return profileReadsServedBy(instance) > 0;
        });
    }

    /** The profile reads the instance answered, from its own Prometheus scrape (Dubbo's server observation). */
    private static long profileReadsServedBy(BootProcess instance) {
        String scrape = new Api(instance.managementUrl()).send("GET", "/actuator/prometheus", Map.of()).raw().body();
        return scrape.lines()
                .filter(line -> line.startsWith("rpc_server_duration_seconds_count{"))
                .filter(line -> line.contains("rpc_method=\"getProfile\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /**
     * Reads the profile in a loop through consumer-web, keeping every answer that is not a 200. An
     * exception ends the loop and is thrown again by {@link #check} and {@link #finish}.
     */
    private static final class Reader extends Thread {

        private final Api api;
        private final String token;
        private final AtomicBoolean reading = new AtomicBoolean(true);
        private final AtomicInteger reads = new AtomicInteger();
        private final List<String> failures = new ArrayList<>();
        private final AtomicReference<Throwable> crashed = new AtomicReference<>();

        Reader(Api api, String token) {
            super("reader");
            this.api = api;
            this.token = token;
        }

        @Override
        public void run() {
            try {
                while (reading.get()) {
                    Api.Answer answer = api.get("/users/profile", token);
                    reads.incrementAndGet();
                    if (answer.status() != 200) {
                        synchronized (failures) {
                            failures.add(answer.status() + " " + answer.raw().body());
                        }
                    }
                }
            } catch (Throwable failure) {
                crashed.set(failure);
            }
        }

        /** Throws what ended the reader, if anything did. */
        void check() {
            Throwable failure = crashed.get();
            if (failure != null) {
                throw new AssertionError("the reader stopped after " + reads.get() + " reads: " + failure, failure);
            }
        }

        /** Waits until {@code more} reads were answered after now. */
        void awaitMore(int more) {
            int target = reads.get() + more;
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                check();
                return reads.get() >= target;
            });
        }

        void finish() throws InterruptedException {
            reading.set(false);
            join(Duration.ofSeconds(30).toMillis());
            assertThat(isAlive()).as("the reader ended").isFalse();
            check();
        }

        /** Ends the loop, whatever happened; for cleaning up. */
        void quit() {
            reading.set(false);
        }

        int reads() {
            return reads.get();
        }

        List<String> failures() {
            synchronized (failures) {
                return List.copyOf(failures);
            }
        }
    }

    private static boolean registered(Client etcd, int dubboPort) throws Exception {
        return etcd.getKVClient()
                .get(ByteSequence.from(PROVIDERS, StandardCharsets.UTF_8),
                        GetOption.builder().isPrefix(true).withKeysOnly(true).build())
                .get().getKvs().stream()
                .map(kv -> URLDecoder.decode(kv.getKey().toString(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .anyMatch(key -> key.contains(":" + dubboPort + "/"));
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
