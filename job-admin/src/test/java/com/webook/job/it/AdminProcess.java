package com.webook.job.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.webook.job.JobAdminApplication;

/** Test kit: another job-admin in a process of its own, so a test can SIGKILL it mid-run. */
final class AdminProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private AdminProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static AdminProcess start(Path dir, String... arguments) throws IOException, InterruptedException {
        int port = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-Dwebook.it.mysql.host=" + System.getProperty("webook.it.mysql.host", "127.0.0.1:3306"),
                JobAdminApplication.class.getName(), "--spring.profiles.active=it", "--server.port=" + port));
        command.addAll(List.of(arguments));
        java.nio.file.Files.createDirectories(dir);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("admin-" + port + ".out").toFile()).start();
        AdminProcess admin = new AdminProcess(process, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                admin.kill();
                throw new IllegalStateException("the second admin did not start; see " + dir);
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return admin;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
    }

    int port() {
        return port;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
