package com.webook.governance.etcd;

import org.apache.dubbo.common.URL;
import org.apache.dubbo.registry.Registry;
import org.apache.dubbo.registry.support.AbstractRegistryFactory;

/** {@code etcd://host:port[,host:port...]} as Dubbo's registry address: see {@link EtcdRegistry}. */
public class EtcdRegistryFactory extends AbstractRegistryFactory {

    @Override
    protected Registry createRegistry(URL url) {
        return new EtcdRegistry(url, EtcdConnections.acquire(url));
    }
}
