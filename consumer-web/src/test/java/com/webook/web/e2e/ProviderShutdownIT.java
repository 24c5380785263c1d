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

import com.webook.governance.testkit.FreePorts;
import com.webook.governance.testkit.TestEtcd;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.options.GetOption;
import org.junit.jupiter.api.Test;

/**
 * One of two provider instances goes away, politely or not, while reads go on through consumer-web.
 * Asked to stop, it leaves the registry first and keeps serving for its shutdown wait; killed, its
 * callers fail over to the other instance. Either way reads see no error.
 */
class ProviderShutdownIT extends Scenario {

    private static final String PROVIDERS = "/webook-it/com.webook.api.user.v1.UserService/providers/";

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

        try (Client etcd = TestEtcd.asApp()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> registered(etcd, dubboPort));
            Thread.sleep(1_000); // let consumer-web see the second instance

            Reader reader = new Reader(api, token);
            reader.start();

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
            Thread.sleep(500);
            reader.finish();

            assertThat(leftRegistry.get()).as("left the registry").isPositive();
            assertThat(stoppedServing.get()).as("stopped serving").isPositive();
            assertThat(Duration.ofNanos(stoppedServing.get() - leftRegistry.get()))
                    .as("served on after leaving the registry").isGreaterThanOrEqualTo(Duration.ofMillis(1000));
            assertThat(reader.reads()).isPositive();
            assertThat(reader.failures()).as("reads during the shutdown").isEmpty();
        } finally {
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
        try (Client etcd = TestEtcd.asApp()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> registered(etcd, dubboPort));
            Thread.sleep(1_000);

            Reader reader = new Reader(api, token);
            reader.start();
            Thread.sleep(500);
            doomed.kill();
            assertThat(doomed.awaitExit(Duration.ofSeconds(10))).isTrue();
            Thread.sleep(3_000);
            reader.finish();

            assertThat(registered(etcd, dubboPort)).as("still in the registry until its lease lapses").isTrue();
            assertThat(reader.reads()).isGreaterThan(10);
            assertThat(reader.failures()).as("reads after the kill").isEmpty();
        } finally {
            doomed.stop();
        }
    }

    /** Reads the profile in a loop through consumer-web, keeping every answer that is not a 200. */
    private static final class Reader extends Thread {

        private final Api api;
        private final String token;
        private final AtomicBoolean reading = new AtomicBoolean(true);
        private final AtomicInteger reads = new AtomicInteger();
        private final List<String> failures = new ArrayList<>();

        Reader(Api api, String token) {
            super("reader");
            this.api = api;
            this.token = token;
        }

        @Override
        public void run() {
            while (reading.get()) {
                Api.Answer answer = api.get("/users/profile", token);
                reads.incrementAndGet();
                if (answer.status() != 200) {
                    synchronized (failures) {
                        failures.add(answer.status() + " " + answer.raw().body());
                    }
                }
            }
        }

        void finish() throws InterruptedException {
            reading.set(false);
            join();
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
