package com.webook.governance.testkit;

import org.apache.dubbo.config.spring.ServiceBean;
import org.springframework.context.ApplicationContext;

/** Where a provider under test listens for RPC calls. */
public final class DubboPorts {

    private DubboPorts() {
    }

    /** The port the provider in {@code context} exported its first service on. */
    public static int of(ApplicationContext context) {
        return context.getBeansOfType(ServiceBean.class).values().stream()
                .flatMap(service -> service.getExportedUrls().stream())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the context exports no Dubbo service"))
                .getPort();
    }
}
