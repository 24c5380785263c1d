package com.webook.governance.trust.probe;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A provider of {@link ProbeService} that counts the calls that reach it, and a Dubbo client of it. */
@SpringBootApplication
@EnableDubbo
public class ProbeProvider {

    public static final AtomicInteger CALLS = new AtomicInteger();

    @Bean
    @DubboService(interfaceClass = ProbeService.class, version = ProbeService.VERSION)
    ProbeService probeService() {
        return new ProbeService() {
            @Override
            public String open(String text) {
                CALLS.incrementAndGet();
                return "open:" + text;
            }

            @Override
            public String secret(String text) {
                CALLS.incrementAndGet();
                return "secret:" + text;
            }
        };
    }

    @Bean
    ReferenceBean<ProbeService> probeClient() {
        return new ReferenceBeanBuilder().setInterface(ProbeService.class).setVersion(ProbeService.VERSION)
                .setScope("remote").setRetries(0).build();
    }
}
