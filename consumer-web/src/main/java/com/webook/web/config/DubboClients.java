package com.webook.web.config;

import com.webook.api.user.v1.UserService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The providers consumer-web calls, found through the etcd registry. Writes are not retried (a
 * retried sign-up after a timeout would answer "email taken"); reads fail over once to another
 * instance. Timeouts and weights can be changed at run time in the etcd config center.
 */
@Configuration(proxyBeanMethods = false)
public class DubboClients {

    @Bean
    @DubboReference(interfaceClass = UserService.class, version = UserService.VERSION, retries = 0,
            methods = {
                    @Method(name = "getProfile", retries = 1),
                    @Method(name = "getProfiles", retries = 1),
                    @Method(name = "findOrCreateByPhone", retries = 1),
                    @Method(name = "findOrCreateByWechat", retries = 1)
            })
    ReferenceBean<UserService> userService() {
        return new ReferenceBeanBuilder().build();
    }
}
