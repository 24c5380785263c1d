package com.webook.web.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The processes the end-to-end scenarios need besides the consumer-web under test, each started once
 * per test run: the user provider, and a second consumer-web instance. All use the integration-test
 * namespace in etcd, database webook_user_it and Redis database 9, apart from a running local platform.
 */
final class Platform {

    static final List<String> IT_SETTINGS = List.of(
            "--webook.etcd.endpoints=" + System.getProperty("webook.it.etcd.endpoints", "127.0.0.1:2379"),
            "--webook.etcd.namespace=webook-it",
            "--webook.mysql.host=" + System.getProperty("webook.it.mysql.host", "127.0.0.1:3306"),
            "--webook.mysql.database=webook_user_it",
            "--webook.redis.host=" + System.getProperty("webook.it.redis.host", "127.0.0.1"),
            "--webook.redis.port=" + System.getProperty("webook.it.redis.port", "6379"),
            "--spring.data.redis.database=9",
            "--webook.dubbo.file-cache=false",
            "--webook.dubbo.shutdown-wait=500ms",
            "--webook.user.bcrypt-strength=4");

    private static BootProcess userProvider;
    private static BootProcess secondWeb;

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

    /** Another consumer-web, in its own JVM: what one instance does to a session, the other must see. */
    static synchronized BootProcess secondConsumerWeb() {
        if (secondWeb == null) {
            List<String> args = new ArrayList<>(IT_SETTINGS);
            secondWeb = BootProcess.start("consumer-web-2", jar("webook.it.consumer-web-jar"), args);
        }
        return secondWeb;
    }

    private static Path jar(String property) {
        String path = System.getProperty(property);
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run the tests through Maven");
        }
        return Path.of(path);
    }
}
