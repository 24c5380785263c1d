package com.webook.web.e2e;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.webook.governance.testkit.FreePorts;

/**
 * A Webook app started from its executable jar as a process of its own, as deploy/local runs it,
 * and stopped when the test JVM ends. Readiness is its actuator readiness probe.
 */
final class BootProcess {

    private final String name;
    private final Process process;
    private final int httpPort;
    private final int managementPort;
    private final Path log;

    private BootProcess(String name, Process process, int httpPort, int managementPort, Path log) {
        this.name = name;
        this.process = process;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.log = log;
    }

    static BootProcess start(String name, Path jar, List<String> arguments) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + ": no jar at " + jar + "; build it first (./mvnw verify builds every module)");
        }
        int port = FreePorts.next();
        int managementPort = FreePorts.next();
        Path log = Path.of("target", "e2e", name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + Path.of("target", "e2e", "home").toAbsolutePath(),
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--logging.file.name=" + log));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(new File(log + ".out"))
                    .start();
            BootProcess app = new BootProcess(name, process, port, managementPort, log);
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "stop-" + name));
            app.awaitReady(Duration.ofSeconds(90));
            return app;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    int httpPort() {
        return httpPort;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    Path log() {
        return log;
    }

    /** Asks the app to stop (SIGTERM), as an orchestrator would, without waiting. */
    void terminate() {
        process.destroy();
    }

    /** Kills the app (SIGKILL): no shutdown, no goodbye to the registry. */
    void kill() {
        process.destroyForcibly();
    }

    boolean awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitReady(Duration limit) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log + ".out");
            }
            try {
                HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException(name + " was not ready within " + limit + "; see " + log + ".out");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
