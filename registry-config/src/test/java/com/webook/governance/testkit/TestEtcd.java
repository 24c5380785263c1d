package com.webook.governance.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;

/**
 * The tests' way into etcd, with the accounts the bring-up created (see deploy/local/etcd-access.sh):
 * as an app, as an operator, or without an account. Their passwords are in the secrets directory the
 * bring-up wrote ({@code webook.it.secrets.dir}, by default the checkout's {@code .run/secrets}).
 */
public final class TestEtcd {

    public static final String APP = "webook-app";
    public static final String OPERATOR = "webook-operator";

    private TestEtcd() {
    }

    public static String endpoints() {
        return System.getProperty("webook.it.etcd.endpoints", "127.0.0.1:2379");
    }

    /** The secrets directory of the test platform's etcd accounts. */
    public static Path secrets() {
        String configured = System.getProperty("webook.it.secrets.dir");
        return configured != null ? Path.of(configured) : Path.of("..", ".run", "secrets").toAbsolutePath().normalize();
    }

    /** The password of an etcd account, or null when the platform's etcd has no such account. */
    public static String password(Path secrets, String user) {
        Path file = secrets.resolve("etcd-" + user);
        try {
            return Files.isReadable(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of the test platform's etcd as the apps connect. */
    public static Client asApp() {
        return client(endpoints(), APP, password(secrets(), APP));
    }

    /** A client of the test platform's etcd as an operator: may change the config center. */
    public static Client asOperator() {
        return client(endpoints(), OPERATOR, password(secrets(), OPERATOR));
    }

    /** A client without an account. */
    public static Client anonymous() {
        return client(endpoints(), null, null);
    }

    public static Client client(String endpoints, String user, String password) {
        var builder = Client.builder().endpoints(endpoints.split(",")[0].startsWith("http")
                ? endpoints.split(",") : prefixed(endpoints));
        if (user != null && password != null) {
            builder.user(ByteSequence.from(user, StandardCharsets.UTF_8))
                    .password(ByteSequence.from(password, StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    /**
     * Turns on authentication on an etcd the test started itself, with the same accounts and rules as the
     * bring-up (the same script), for the given namespaces; passwords go to {@code secrets}.
     */
    public static void secure(String endpoint, Path secrets, String... namespaces) {
        List<String> command = new ArrayList<>(List.of("bash", script().toString(), endpoint, secrets.toString()));
        command.addAll(List.of(namespaces));
        run("etcd-access.sh", command);
    }

    /** Runs one of the bring-up's tools to its end; fails with its output when it fails. */
    static void run(String tool, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(tool + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path script() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("deploy/local/etcd-access.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/local/etcd-access.sh not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("deploy/local/etcd-access.sh");
    }

    private static String[] prefixed(String endpoints) {
        return java.util.Arrays.stream(endpoints.split(",")).map(endpoint -> "http://" + endpoint.trim())
                .toArray(String[]::new);
    }
}
