package com.webook.web.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.webook.governance.testkit.TestRun;

/**
 * The processes the end-to-end scenarios need besides the consumer-web under test, each started once
 * per test run when a scenario first needs it: the user, code, SMS, article, interactive and ranking providers, and a second
 * consumer-web instance. All use this test run's namespace in etcd, Redis database 9 and test databases
 * (see {@link TestRun}), apart from a running local platform.
 */
final class Platform {

    /**
     * What every app of the test platform shares: the local profile (development defaults are fine here),
     * the test run's certificates, the etcd namespace and account, Redis, no registry file cache.
     */
    static final List<String> COMMON_SETTINGS = List.of(
            "--spring.profiles.active=local",
            "--webook.tls.dir=" + System.getProperty("webook.tls.dir"),
            "--webook.etcd.endpoints=" + System.getProperty("webook.it.etcd.endpoints", "127.0.0.1:2379"),
            "--webook.etcd.namespace=" + TestRun.etcdNamespace(),
            "--webook.etcd.username=" + System.getProperty("webook.etcd.username", ""),
            "--webook.etcd.password=" + System.getProperty("webook.etcd.password", ""),
            "--webook.redis.host=" + System.getProperty("webook.it.redis.host", "127.0.0.1"),
            "--webook.redis.port=" + System.getProperty("webook.it.redis.port", "6379"),
            "--spring.data.redis.database=9",
            "--webook.dubbo.file-cache=false",
            "--webook.dubbo.shutdown-wait=500ms",
            // No span is sampled, so the scenarios show trace ids reach every log line without it.
            "--webook.tracing.sampling=0");

    /** The user provider's database on the test platform. */
    static final String USER_DATABASE = TestRun.database("user");

    /** A user provider's settings (also what a consumer-web process needs). */
    static final List<String> IT_SETTINGS = concat(COMMON_SETTINGS, List.of(
            "--webook.mysql.host=" + mysqlHost(),
            "--webook.mysql.database=" + USER_DATABASE,
            "--webook.user.bcrypt-strength=4"));

    /**
     * This test run's own: read events of the scenarios travel on topics (and are counted by a consumer
     * group) of this run, so that neither a local platform running beside the tests nor what a killed
     * earlier run left on the broker is counted or fed to the scenarios.
     */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String READ_EVENTS_TOPIC = "article_read_events_e2e_" + RUN;
    private static final String INTERACTION_EVENTS_TOPIC = "interactive_events_e2e_" + RUN;

    private static BootProcess userProvider;
    private static BootProcess codeProvider;
    private static BootProcess smsProvider;
    private static BootProcess secondWeb;
    private static BootProcess articleProvider;
    private static BootProcess interactiveProvider;
    private static BootProcess rankingProvider;

    private Platform() {
    }

    static synchronized BootProcess userProvider() {
        if (userProvider == null) {
            List<String> args = new ArrayList<>(IT_SETTINGS);
            args.add("--dubbo.protocol.port=-1");
            userProvider = BootProcess.start("user-provider", jar("webook.it.user-provider-jar"), args);
        }
        return userProvider;
    }

    static synchronized BootProcess codeProvider() {
        if (codeProvider == null) {
            codeProvider = BootProcess.start("code-provider", jar("webook.it.code-provider-jar"),
                    concat(COMMON_SETTINGS, List.of("--dubbo.protocol.port=-1")));
        }
        return codeProvider;
    }

    /** The SMS provider with the local profile: its local vendor keeps messages in an inbox it serves over HTTP. */
    static synchronized BootProcess smsProvider() {
        if (smsProvider == null) {
            smsProvider = BootProcess.start("sms-provider", jar("webook.it.sms-provider-jar"),
                    concat(COMMON_SETTINGS, List.of(
                            "--webook.mysql.host=" + mysqlHost(),
                            "--webook.mysql.database=" + TestRun.database("sms", "e2e"),
                            "--dubbo.protocol.port=-1")));
        }
        return smsProvider;
    }

    /** The article provider: drafts, publishing, the reader path; emits read events to Kafka. */
    static synchronized BootProcess articleProvider() {
        if (articleProvider == null) {
            articleProvider = BootProcess.start("article-provider", jar("webook.it.article-provider-jar"),
                    concat(COMMON_SETTINGS, List.of(
                            "--webook.mysql.host=" + mysqlHost(),
                            "--webook.mysql.database=" + TestRun.database("article", "e2e"),
                            "--webook.kafka.bootstrap-servers=" + kafka(),
                            "--webook.article.events.read-topic=" + READ_EVENTS_TOPIC,
                            "--webook.article.events.published-topic=article_published_e2e_" + RUN,
                            "--dubbo.protocol.port=-1")));
        }
        return articleProvider;
    }

    /** The interactive provider: likes, collections, counts; consumes the read events. */
    static synchronized BootProcess interactiveProvider() {
        if (interactiveProvider == null) {
            interactiveProvider = BootProcess.start("interactive-provider", jar("webook.it.interactive-provider-jar"),
                    concat(COMMON_SETTINGS, List.of(
                            "--webook.mysql.host=" + mysqlHost(),
                            "--webook.mysql.database=" + TestRun.database("interactive", "e2e"),
                            "--webook.kafka.bootstrap-servers=" + kafka(),
                            "--webook.interactive.read-events.topic=" + READ_EVENTS_TOPIC,
                            "--webook.interactive.read-events.dead-letter-topic=" + READ_EVENTS_TOPIC + "_dlt",
                            "--webook.interactive.read-events.group-id=webook-interactive-e2e-" + RUN,
                            "--webook.interactive.events.topic=" + INTERACTION_EVENTS_TOPIC,
                            "--dubbo.protocol.port=-1")));
        }
        return interactiveProvider;
    }

    /**
     * The ranking provider (the hot list) on its timer, as a deployment without job-admin runs it: a run every
     * 10 s; likes of this run's interactive provider and the article provider's changes keep it fresh between.
     */
    static synchronized BootProcess rankingProvider() {
        if (rankingProvider == null) {
            rankingProvider = BootProcess.start("ranking-provider", jar("webook.it.ranking-provider-jar"),
                    concat(COMMON_SETTINGS, List.of(
                            "--webook.kafka.bootstrap-servers=" + kafka(),
                            "--webook.ranking.schedule=timer",
                            "--webook.ranking.period=10s",
                            "--webook.ranking.events.topic=" + INTERACTION_EVENTS_TOPIC,
                            "--webook.ranking.events.dead-letter-topic=" + INTERACTION_EVENTS_TOPIC + "_ranking_dlt",
                            "--webook.ranking.events.group-id=webook-ranking-e2e-" + RUN,
                            "--webook.ranking.events.auto-offset-reset=earliest",
                            "--dubbo.protocol.port=-1")));
        }
        return rankingProvider;
    }

    /** Another consumer-web, in its own JVM: what one instance does to a session, the other must see. */
    static synchronized BootProcess secondConsumerWeb() {
        if (secondWeb == null) {
            List<String> args = new ArrayList<>(IT_SETTINGS);
            secondWeb = BootProcess.start("consumer-web-2", jar("webook.it.consumer-web-jar"), args);
        }
        return secondWeb;
    }

    /** The same settings for apps that register under another etcd namespace: a platform of their own. */
    static List<String> inNamespace(List<String> settings, String namespace) {
        return settings.stream()
                .map(arg -> arg.startsWith("--webook.etcd.namespace=") ? "--webook.etcd.namespace=" + namespace : arg)
                .toList();
    }

    static String kafka() {
        return System.getProperty("webook.it.kafka.bootstrap-servers", "127.0.0.1:9092");
    }

    static String mysqlHost() {
        return System.getProperty("webook.it.mysql.host", "127.0.0.1:3306");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    static Path jar(String property) {
        String path = System.getProperty(property);
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run the tests through Maven");
        }
        return Path.of(path);
    }
}
