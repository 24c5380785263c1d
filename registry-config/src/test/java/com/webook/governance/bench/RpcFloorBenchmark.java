package com.webook.governance.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.OperatingSystemMXBean;
import com.webook.governance.testkit.TestPlatformSettings;
import com.webook.governance.trust.probe.ProbeProvider;
import com.webook.governance.trust.probe.ProbeService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The floor under every remote call of the platform: a bare echo ({@code ProbeService.open}) from a Dubbo
 * client to a provider in the same JVM, over the loopback interface, found through etcd as the platform's
 * callers find theirs, with the protocol, TLS and the platform's filters switched one at a time:
 * <ul>
 *   <li>{@code tri-platform} — what every call pays today: Triple (HTTP/2), mutual TLS, the caller check on
 *       the headers and the platform's filter chains (tracing, metrics, error boundary, retries);</li>
 *   <li>{@code tri-sampled} — the same with 1% of traces sampled instead of all (the others still carry
 *       trace ids);</li>
 *   <li>{@code tri-no-tracing}, {@code tri-no-metrics} — the platform without Dubbo's tracing filters, or
 *       without its per-call RPC metrics;</li>
 *   <li>{@code tri-tls} — Triple and mutual TLS, no filters and no caller check;</li>
 *   <li>{@code tri-plain} — Triple without TLS, no filters;</li>
 *   <li>{@code dubbo-tls} — the {@code dubbo} protocol (Hessian2 over one multiplexed TCP connection) with
 *       mutual TLS, no filters;</li>
 *   <li>{@code dubbo-plain} — the {@code dubbo} protocol without TLS, no filters.</li>
 * </ul>
 * Each variant starts its own provider (a fresh Spring context), is warmed, then called by
 * {@code threads} callers as fast as they can for {@code seconds}. Reported: calls per second, the
 * process's CPU per call (client and server together: they share the JVM), and p50/p99 latency.
 *
 * <p>Run with {@code bench/rpc/run.sh}; it needs etcd ({@code deploy/local/run.sh infra}).
 */
public final class RpcFloorBenchmark {

    private static final Map<String, Map<String, String>> VARIANTS = variants();

    private RpcFloorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<String> only = args.length > 3 ? Arrays.asList(args[3].split(",")) : List.copyOf(VARIANTS.keySet());
        TestPlatformSettings.apply();

        List<String> lines = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (String variant : only) {
                Result result = run(variant, VARIANTS.get(variant), Duration.ofSeconds(seconds), threads);
                String line = String.format(Locale.ROOT, "%-6d %-12s %10.0f %12.1f %10.3f %10.3f %8d",
                        round, variant, result.callsPerSecond(), result.cpuMicrosPerCall(), result.p50Millis(),
                        result.p99Millis(), result.errors());
                lines.add(line);
                System.out.println("# " + line);
            }
        }
        System.out.printf(Locale.ROOT, "%n%-6s %-12s %10s %12s %10s %10s %8s%n", "round", "variant", "calls/s",
                "CPU µs/call", "p50 ms", "p99 ms", "errors");
        lines.forEach(System.out::println);
        System.exit(0);
    }

    private static Map<String, Map<String, String>> variants() {
        Map<String, String> bare = Map.of(
                "dubbo.provider.filter", "-default",
                "dubbo.consumer.filter", "-default",
                "dubbo.provider.parameters[header.filter]", "-default");
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        variants.put("tri-platform", Map.of());
        variants.put("tri-sampled", Map.of("dubbo.tracing.sampling.probability", "0.01",
                "management.tracing.sampling.probability", "0.01"));
        variants.put("tri-no-tracing", Map.of("dubbo.tracing.enabled", "false"));
        variants.put("tri-no-metrics", Map.of("dubbo.metrics.enable-rpc", "false"));
        variants.put("tri-tls", bare);
        variants.put("tri-plain", with(bare, Map.of("dubbo.protocol.ssl-enabled", "false")));
        variants.put("dubbo-tls", with(bare, Map.of("dubbo.protocol.name", "dubbo")));
        variants.put("dubbo-plain", with(bare, Map.of("dubbo.protocol.name", "dubbo", "dubbo.protocol.ssl-enabled", "false")));
        return variants;
    }

    private static Map<String, String> with(Map<String, String> base, Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(base);
        all.putAll(more);
        return all;
    }

    private static Result run(String name, Map<String, String> settings, Duration duration, int threads) throws Exception {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ProbeProvider.class)
                .web(WebApplicationType.NONE)
                .profiles("it", "it-probe")
                .properties("logging.level.root=WARN", "webook.log.console-format=",
                        // "no provider available" while the registration is on its way to the client
                        "logging.level.org.apache.dubbo.rpc.cluster=OFF",
                        "dubbo.application.name=webook-bench-" + name);
        settings.forEach((key, value) -> app.properties(key + "=" + value));
        try (ConfigurableApplicationContext context = app.run()) {
            ProbeService client = context.getBean("probeClient", ProbeService.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                try {
                    if ("open:hi".equals(client.open("hi"))) {
                        break;
                    }
                } catch (RuntimeException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(name + ": the provider never answered", notYet);
                    }
                    Thread.sleep(100); // waiting for the registration to reach the client
                }
            }
            load(client, threads, Duration.ofSeconds(Math.max(3, duration.toSeconds() / 2)));
            return load(client, threads, duration);
        }
    }

    private static Result load(ProbeService client, int threads, Duration duration) throws InterruptedException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        long[] window = new long[2];
        for (int t = 0; t < threads; t++) {
            int caller = t;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1 << 20];
                int n = 0;
                try {
                    start.await();
                    long end = window[1];
                    String text = "x";
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break;
                        }
                        try {
                            client.open(text);
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - before;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies[caller] = mine;
                    counts[caller] = n;
                    done.countDown();
                }
            }, "bench-caller-" + t);
            thread.start();
        }
        long cpuBefore = os.getProcessCpuTime();
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        start.countDown();
        done.await();
        long elapsed = System.nanoTime() - window[0];
        long cpu = os.getProcessCpuTime() - cpuBefore;

        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Result(total * 1e9 / elapsed, total == 0 ? 0 : cpu / 1e3 / total,
                percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6, errors.get());
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private record Result(double callsPerSecond, double cpuMicrosPerCall, double p50Millis, double p99Millis,
                          long errors) {
    }
}
