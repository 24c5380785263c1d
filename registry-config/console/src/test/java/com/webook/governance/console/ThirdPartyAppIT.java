package com.webook.governance.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.webook.governance.console.thirdparty.PlainSentinelApp;
import com.webook.governance.testkit.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Sentinel app that is not Webook's, as its own process with only sentinel-core and the stock simple-http
 * transport on its class path, appears in the console after its first call, and its calls are counted.
 */
class ThirdPartyAppIT extends ConsoleIT {

    /** The stock artifacts, nothing of ours: the plain app's class path besides its own class. */
    private static final List<String> STOCK = List.of("sentinel-core", "sentinel-transport-simple-http",
            "sentinel-transport-common", "sentinel-datasource-extension", "fastjson");

    @TempDir
    Path dir;

    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            app.waitFor();
        }
    }

    @Test
    void aStockSentinelAppAppearsAfterItsFirstCallAndItsCallsAreCounted() throws Exception {
        String name = "third-party-" + UUID.randomUUID().toString().substring(0, 6);
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> STOCK.stream().anyMatch(artifact -> Path.of(entry).getFileName().toString()
                        .matches(artifact + "-[0-9].*\\.jar")) || entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classPath).doesNotContain("webook-registry-config");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        app = new ProcessBuilder(java.toString(), "-Xmx64m", "-Duser.home=" + dir,
                "-Dproject.name=" + name, "-Dcsp.sentinel.dashboard.server=127.0.0.1:" + port,
                // its heartbeat names the address the console reaches it at: here the loopback
                "-Dcsp.sentinel.heartbeat.client.ip=127.0.0.1", "-Dcsp.sentinel.api.port=" + FreePorts.next(),
                "-cp", classPath, PlainSentinelApp.class.getName())
                .redirectErrorStream(true).redirectOutput(dir.resolve("app.out").toFile()).start();

        await("it appears").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> app(name) != null && app(name).path("live").asLong() == 1);
        await("its calls are counted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> get("/api/v1/apps/" + name + "/metrics?minutes=5").data().findValuesAsText("resource")
                        .contains("third-party:work"));
        assertThat(Files.readString(dir.resolve("app.out"))).doesNotContain("Exception");
    }

    private JsonNode app(String name) {
        for (JsonNode app : get("/api/v1/apps").data()) {
            if (app.path("app").asText().equals(name)) {
                return app;
            }
        }
        return null;
    }
}
