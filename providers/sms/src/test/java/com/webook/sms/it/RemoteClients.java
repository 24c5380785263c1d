package com.webook.sms.it;

import com.webook.api.sms.v1.SmsService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Dubbo clients of the provider under test. {@code scope = "remote"} makes them find it through the
 * etcd registry and call it over Triple, as the code provider does, instead of short-cutting in the JVM.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RemoteClients {

    @Bean
    @DubboReference(interfaceClass = SmsService.class, version = SmsService.VERSION, scope = "remote",
            retries = 0, timeout = 10000)
    ReferenceBean<SmsService> remoteSmsService() {
        return new ReferenceBeanBuilder().build();
    }
}
