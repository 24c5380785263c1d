package com.webook.governance.testkit;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.etcd.jetcd.Client;
import org.springframework.util.FileSystemUtils;

/**
 * An etcd a test starts for itself, to stop and start again without disturbing the shared test
 * platform: on free ports, set up as the bring-up sets up its etcd (JWT auth tokens, the accounts and
 * rules of {@link TestEtcd#secure} for the given namespaces), its data, keys and passwords under one
 * directory.
 */
public final class OwnEtcd implements AutoCloseable {

    private final Path dir;
    private final String[] namespaces;
    private final int clientPort = FreePorts.next();
    private final int peerPort = FreePorts.next();
    private Process process;
    private int incarnation;

    private OwnEtcd(Path dir, String[] namespaces) {
        this.dir = dir.toAbsolutePath();
        this.namespaces = namespaces;
    }

    /** Starts an etcd with nothing in it under {@code dir} (whatever was there is deleted). */
    public static OwnEtcd start(Path dir, String... namespaces) {
        OwnEtcd etcd = new OwnEtcd(dir, namespaces);
        try {
            FileSystemUtils.deleteRecursively(etcd.dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        etcd.run();
        return etcd;
    }

    public String endpoint() {
        return "127.0.0.1:" + clientPort;
    }

    public Path secrets() {
        return dir.resolve("secrets");
    }

    public String password(String user) {
        return TestEtcd.password(secrets(), user);
    }

    /** A client of this etcd with an account of the bring-up. */
    public Client client(String user) {
        return TestEtcd.client(endpoint(), user, password(user));
    }

    /** Stops it, as a crash would leave it: its data stays. */
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Starts it again on the same ports with the data it had. */
    public void startAgain() {
        run();
    }

    /**
     * Starts it again on the same ports with nothing in it, as after a restore or a lost data directory:
     * its revisions begin again; the accounts are the same.
     */
    public void startAfresh() {
        incarnation++;
        run();
    }

    private void run() {
        String client = "http://" + endpoint();
        String peer = "http://127.0.0.1:" + peerPort;
        Path data = dir.resolve("data-" + incarnation);
        try {
            Files.createDirectories(dir);
            drawTokenKey();
            process = new ProcessBuilder("etcd", "--name", "own", "--data-dir", data.toString(),
                    "--listen-client-urls", client, "--advertise-client-urls", client,
                    "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
                    "--initial-cluster", "own=" + peer,
                    "--auth-token", "jwt,pub-key=" + secrets().resolve("etcd-token.pub") + ",priv-key="
                            + secrets().resolve("etcd-token.key") + ",sign-method=RS256,ttl=10m")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dir.toFile(), "etcd.log")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> http.send(
                HttpRequest.newBuilder(URI.create(client + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body().contains("true"));
        TestEtcd.secure(endpoint(), secrets(), namespaces); // idempotent; same passwords from secrets()
    }

    /** The bring-up's way: JWT auth tokens, signed with a key drawn once (deploy/local/EtcdTokenKey.java). */
    private void drawTokenKey() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        TestEtcd.run("EtcdTokenKey", List.of(java.toString(),
                TestEtcd.script().resolveSibling("EtcdTokenKey.java").toString(), secrets().toString()));
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
            process = null;
        }
    }
}
