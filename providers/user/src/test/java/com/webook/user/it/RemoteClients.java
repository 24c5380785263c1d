package com.webook.user.it;

import com.webook.api.user.v1.UserService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Dubbo clients of the provider under test. {@code scope = "remote"} makes them find it through the
 * etcd registry and call it over Triple, as consumer-web does, instead of short-cutting in the JVM.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RemoteClients {

    @Bean
    @DubboReference(interfaceClass = UserService.class, version = UserService.VERSION, scope = "remote",
            retries = 0)
    ReferenceBean<UserService> remoteUserService() {
        return new ReferenceBeanBuilder().build();
    }
}
