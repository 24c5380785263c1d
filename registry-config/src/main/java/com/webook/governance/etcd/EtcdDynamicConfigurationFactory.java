package com.webook.governance.etcd;

import org.apache.dubbo.common.URL;
import org.apache.dubbo.common.config.configcenter.AbstractDynamicConfigurationFactory;
import org.apache.dubbo.common.config.configcenter.DynamicConfiguration;

/** {@code etcd://host:port[,host:port...]} as Dubbo's config center: see {@link EtcdDynamicConfiguration}. */
public class EtcdDynamicConfigurationFactory extends AbstractDynamicConfigurationFactory {

    @Override
    protected DynamicConfiguration createDynamicConfiguration(URL url) {
        return new EtcdDynamicConfiguration(url, EtcdConnections.acquire(url));
    }
}
