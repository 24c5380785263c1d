package com.webook.governance.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.webook.governance.testkit.TestEtcd;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.options.DeleteOption;
import org.apache.dubbo.common.URL;
import org.junit.jupiter.api.Test;

/** The services page's API: what the registry in etcd holds, read as providers and consumers per service. */
class ServicesApiIT extends ConsoleIT {

    @Test
    void providersAndConsumersOfAServiceAreListedAsTheRegistryHoldsThem() throws Exception {
        String service = "com.webook.it.Probe" + UUID.randomUUID().toString().substring(0, 6);
        String root = "/" + NAMESPACE + "/" + service;
        URL provider = URL.valueOf("tri://127.0.0.1:20999/" + service + "?application=webook-probe&version=1.0.0"
                + "&weight=40&timeout=2000&side=provider");
        URL consumer = URL.valueOf("consumer://192.0.2.9/" + service + "?application=webook-consumer-web&version=1.0.0"
                + "&pid=4242&timeout=800&category=consumers&side=consumer");
        try (Client app = TestEtcd.asApp()) {
            app.getKVClient().put(bytes(root + "/providers/" + URL.encode(provider.toFullString())), bytes("")).get();
            app.getKVClient().put(bytes(root + "/consumers/" + URL.encode(consumer.toFullString())), bytes("")).get();
            try {
                JsonNode listed = null;
                for (JsonNode candidate : get("/api/v1/services").data()) {
                    if (candidate.path("name").asText().equals(service)) {
                        listed = candidate;
                    }
                }
                assertThat(listed).isNotNull();
                assertThat(listed.path("version").asText()).isEqualTo("1.0.0");
                JsonNode p = listed.path("providers").get(0);
                assertThat(p.path("app").asText()).isEqualTo("webook-probe");
                assertThat(p.path("address").asText()).isEqualTo("127.0.0.1:20999");
                assertThat(p.path("weight").asInt()).isEqualTo(40);
                JsonNode c = listed.path("consumers").get(0);
                assertThat(c.path("app").asText()).isEqualTo("webook-consumer-web");
                assertThat(c.path("pid").asText()).isEqualTo("4242");
                assertThat(c.path("timeout").asText()).isEqualTo("800");
            } finally {
                app.getKVClient().delete(bytes(root + "/"), DeleteOption.builder().isPrefix(true).build()).get();
            }
        }
    }

    private static ByteSequence bytes(String text) {
        return ByteSequence.from(text, StandardCharsets.UTF_8);
    }
}
