package com.webook.governance.console.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.webook.governance.console.application.Rejected;
import com.webook.governance.console.application.Services;
import com.webook.governance.etcd.EtcdUnavailable;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.options.GetOption;
import org.apache.dubbo.common.URL;

/**
 * The registry's keys ({@code /<namespace>/<interface>/providers|consumers/<URL-encoded URL>}, the layout of
 * the platform's etcd registry) read as services, with the override rule the config center holds for each
 * ({@code /<namespace>/config/dubbo/<interface>:<version>:.configurators}), if any.
 */
public class EtcdServices implements Services {

    private final Client client;
    private final String namespace;

    public EtcdServices(Client client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    @Override
    public List<Service> all() {
        String root = "/" + namespace + "/";
        Map<String, List<Provider>> providers = new TreeMap<>();
        Map<String, List<Consumer>> consumers = new TreeMap<>();
        Map<String, String> versions = new TreeMap<>();
        for (KeyValue kv : range(root, false)) {
            String[] parts = kv.getKey().toString(StandardCharsets.UTF_8).substring(root.length()).split("/", 3);
            if (parts.length != 3 || parts[0].equals("config")) {
                continue;
            }
            String name = URL.decode(parts[0]);
            URL url = URL.valueOf(URL.decode(parts[2]));
            versions.putIfAbsent(name, url.getVersion() == null ? "" : url.getVersion());
            switch (parts[1]) {
                case "providers" -> providers.computeIfAbsent(name, n -> new ArrayList<>()).add(new Provider(
                        url.getApplication(), url.getAddress(), url.getParameter("weight", 100),
                        url.getParameter("timeout", ""), url.getParameter("enabled", true)));
                case "consumers" -> consumers.computeIfAbsent(name, n -> new ArrayList<>()).add(new Consumer(
                        url.getApplication(), url.getHost(), url.getParameter("pid", ""), url.getParameter("timeout", "")));
                default -> { }
            }
        }
        List<Service> services = new ArrayList<>();
        for (String name : versions.keySet()) {
            String override = null;
            List<KeyValue> rule = range(root + "config/dubbo/" + name + ":" + versions.get(name) + ":.configurators", true);
            if (!rule.isEmpty()) {
                override = rule.get(0).getValue().toString(StandardCharsets.UTF_8);
            }
            services.add(new Service(name, versions.get(name), providers.getOrDefault(name, List.of()),
                    consumers.getOrDefault(name, List.of()), override));
        }
        return services;
    }

    private List<KeyValue> range(String key, boolean exact) {
        try {
            return EtcdUnavailable.await(client.getKVClient().get(ByteSequence.from(key, StandardCharsets.UTF_8),
                    GetOption.builder().isPrefix(!exact).build()), "read the registry").getKvs();
        } catch (EtcdUnavailable away) {
            throw new Rejected(Rejected.Kind.UNAVAILABLE, "etcd did not do it: " + away.getMessage());
        }
    }
}
