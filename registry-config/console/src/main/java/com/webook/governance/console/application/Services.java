package com.webook.governance.console.application;

import java.util.List;

/** The Dubbo services as the registry in etcd holds them: who provides each, who consumes it. */
public interface Services {

    List<Service> all();

    record Service(String name, String version, List<Provider> providers, List<Consumer> consumers, String override) {
    }

    /** A registered provider instance: its app, address, weight (Dubbo's default 100) and call timeout. */
    record Provider(String app, String address, int weight, String timeout, boolean enabled) {
    }

    /** A subscribed consumer instance: its app, host and process, and the timeout it calls with. */
    record Consumer(String app, String host, String pid, String timeout) {
    }
}
