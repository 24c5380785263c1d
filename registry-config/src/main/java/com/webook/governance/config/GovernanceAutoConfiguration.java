package com.webook.governance.config;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.webook.governance.lifecycle.LeaveRegistryFirst;
import com.webook.governance.tls.TlsIdentity;
import com.webook.governance.trust.AllowedCallers;
import com.webook.governance.trust.CallerPolicy;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/** Beans every Webook app gets by having this library on its classpath. */
@AutoConfiguration
public class GovernanceAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * This app's TLS identity on RPC connections, checked before Dubbo opens a port or a connection: the
     * certificate it serves with must name this app, and both the server and the client certificate must
     * be the platform CA's and valid.
     */
    @Bean
    TlsIdentity tlsIdentity(Environment environment, Clock clock) {
        TlsIdentity server = new TlsIdentity(path(environment, "webook.tls.ca"), path(environment, "webook.tls.cert"),
                path(environment, "webook.tls.key"));
        server.verify(environment.getProperty("spring.application.name"), clock);
        TlsIdentity client = new TlsIdentity(server.ca(), path(environment, "webook.tls.client-cert"),
                path(environment, "webook.tls.client-key"));
        if (!client.equals(server)) {
            client.verify(null, clock);
        }
        return server;
    }

    /**
     * Which apps may call which of this provider's methods ({@code webook.rpc.callers}), handed to Dubbo's
     * application scope where {@code CallerAuthorization} looks it up. Nobody, when nothing is configured.
     */
    @Bean
    CallerPolicy callerPolicy(Environment environment, ObjectProvider<ApplicationModel> applicationModel) {
        Bindable<Map<String, List<String>>> callers = Bindable.of(ResolvableType.forClassWithGenerics(Map.class,
                ResolvableType.forClass(String.class), ResolvableType.forClassWithGenerics(List.class, String.class)));
        CallerPolicy policy = CallerPolicy.of(Binder.get(environment).bind("webook.rpc.callers", callers).orElse(Map.of()));
        applicationModel.getIfAvailable(ApplicationModel::defaultModel).getBeanFactory()
                .getOrRegisterBean(AllowedCallers.class).set(policy);
        return policy;
    }

    /** Providers leave the registry and drain before Dubbo closes their port. */
    @Bean
    LeaveRegistryFirst leaveRegistryFirst(@Value("${webook.dubbo.shutdown-wait:3s}") Duration drain) {
        return new LeaveRegistryFirst(drain);
    }

    private static Path path(Environment environment, String setting) {
        String value;
        try {
            value = environment.getProperty(setting);
        } catch (IllegalArgumentException unresolvable) {
            throw new IllegalStateException("TLS identity: " + setting + " is not set (set webook.tls.dir, or "
                    + "WEBOOK_TLS_DIR, to the directory the local bring-up writes under .run/tls, or set WEBOOK_TLS_CA,"
                    + " WEBOOK_TLS_CERT and WEBOOK_TLS_KEY to the files your CA issued)", unresolvable);
        }
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
