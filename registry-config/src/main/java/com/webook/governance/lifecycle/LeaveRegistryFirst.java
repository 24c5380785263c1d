package com.webook.governance.lifecycle;

import java.time.Duration;

import org.apache.dubbo.registry.Registry;
import org.apache.dubbo.registry.RegistryFactory;
import org.apache.dubbo.rpc.model.FrameworkModel;
import org.apache.dubbo.rpc.model.ProviderModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;

/**
 * A stopping provider first leaves the registry, then keeps serving for a drain period, and only
 * then lets Dubbo close its ports.
 *
 * <p>Left to itself, Dubbo 3.3 unregisters and closes the server within milliseconds of each other,
 * so consumers that have not yet seen the registry change send calls to a closed port. This runs on
 * Spring's context-closed event before Dubbo's own listener: it takes every registered provider URL
 * out of its registry (as the QoS {@code offline} command does), waits {@code drain} while calls
 * still arrive and are served, and returns. Dubbo's shutdown hook meanwhile waits for the
 * Spring-managed modules, up to its own shutdown wait, which is set longer than the drain.
 */
public class LeaveRegistryFirst implements ApplicationListener<ContextClosedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(LeaveRegistryFirst.class);

    private final Duration drain;

    public LeaveRegistryFirst(Duration drain) {
        this.drain = drain;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        int left = 0;
        for (FrameworkModel framework : FrameworkModel.getAllInstances()) {
            for (ProviderModel provider : framework.getServiceRepository().allProviderModels()) {
                for (ProviderModel.RegisterStatedURL stated : provider.getStatedUrl()) {
                    if (stated.isRegistered() && unregister(stated)) {
                        left++;
                    }
                }
            }
        }
        if (left == 0) {
            return;
        }
        log.info("left the registry with {} service URL(s); serving on for {} before closing", left, drain);
        try {
            Thread.sleep(drain.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean unregister(ProviderModel.RegisterStatedURL stated) {
        try {
            RegistryFactory factory = stated.getRegistryUrl().getOrDefaultApplicationModel()
                    .getExtensionLoader(RegistryFactory.class).getAdaptiveExtension();
            Registry registry = factory.getRegistry(stated.getRegistryUrl());
            registry.unregister(stated.getProviderUrl());
            stated.setRegistered(false);
            return true;
        } catch (RuntimeException e) {
            log.warn("could not leave the registry with {}: {}", stated.getProviderUrl().getServiceKey(), e.toString());
            return false;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
