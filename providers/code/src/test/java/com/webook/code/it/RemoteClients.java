package com.webook.code.it;

import com.webook.api.code.v1.CodeService;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A Dubbo client of the provider under test that finds it through etcd and calls it over Triple. */
@TestConfiguration(proxyBeanMethods = false)
public class RemoteClients {

    @Bean
    ReferenceBean<CodeService> remoteCodeService() {
        return new ReferenceBeanBuilder()
                .setInterface(CodeService.class)
                .setVersion(CodeService.VERSION)
                .setScope("remote")
                .setRetries(0)
                .build();
    }
}
