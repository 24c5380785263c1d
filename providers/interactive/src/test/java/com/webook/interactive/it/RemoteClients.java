package com.webook.interactive.it;

import com.webook.api.interactive.v1.InteractiveService;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Dubbo clients of the provider under test that find it through etcd and call it over Triple. */
@TestConfiguration(proxyBeanMethods = false)
public class RemoteClients {

    @Bean
    ReferenceBean<InteractiveService> remoteInteractiveService() {
        return new ReferenceBeanBuilder()
                .setInterface(InteractiveService.class)
                .setVersion(InteractiveService.VERSION)
                .setScope("remote")
                .setRetries(0)
                .setTimeout(10_000)
                .build();
    }
}
