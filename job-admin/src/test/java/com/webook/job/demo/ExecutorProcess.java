package com.webook.job.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Test kit: a {@link DemoExecutor} in a process of its own (the stock executor keeps its state in statics,
 * so two in one JVM would share it), started with the tests' class path and ended by SIGTERM (it leaves
 * the registry) or SIGKILL (it just vanishes).
 */
public final class ExecutorProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path logs;

    private ExecutorProcess(Process process, int port, Path logs) {
        this.process = process;
        this.port = port;
        this.logs = logs;
    }

    public static ExecutorProcess start(String adminAddress, String app, String token, int port, Path dir, Path record)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                DemoExecutor.class.getName(), adminAddress, app, token, String.valueOf(port), dir.resolve("logs").toString()));
        if (record != null) {
            command.add(record.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("executor-" + port + ".out").toFile()).start();
        ExecutorProcess executor = new ExecutorProcess(process, port, dir);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!executor.listening()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                executor.kill();
                throw new IllegalStateException("the demo executor did not start; see " + dir);
            }
            Thread.sleep(50);
        }
        return executor;
    }

    public String address() {
        return "http://127.0.0.1:" + port + "/";
    }

    public Path logs() {
        return logs;
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILL: no goodbye to the admin. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the executor removes itself from the registry on the way out. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
