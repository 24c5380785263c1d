package com.webook.governance.failover;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.webook.api.common.v1.Idempotent;
import com.webook.api.common.v1.NotIdempotent;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.config.ConfigPostProcessor;
import org.apache.dubbo.config.MethodConfig;
import org.apache.dubbo.config.ReferenceConfig;

/**
 * Every Dubbo client of a Webook service retries exactly what the contract declares safe: a method marked
 * {@link Idempotent} fails over once to another instance, any other method is not retried. Applied to
 * every reference as it is initialised, so no client lists method names; a client may still configure a
 * method (a timeout, or no retry where the answer would come too late to use), and that configuration
 * wins. A client that configures a method its interface does not have fails at start-up, so a renamed
 * method cannot silently lose its settings.
 */
@Activate
public class ContractRetries implements ConfigPostProcessor {

    /** Retries of an idempotent call: one more instance. */
    static final int IDEMPOTENT_RETRIES = 1;

    @Override
    public void postProcessReferConfig(ReferenceConfig referenceConfig) {
        Class<?> service = referenceConfig.getInterfaceClass();
        if (service == null || !declaresRetries(service)) {
            return;
        }
        List<MethodConfig> methods = referenceConfig.getMethods() == null
                ? new ArrayList<>() : new ArrayList<>(referenceConfig.getMethods());
        Map<String, Method> declared = Arrays.stream(service.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .collect(Collectors.toMap(Method::getName, Function.identity(), (first, overload) -> first));
        Set<String> configured = methods.stream().map(MethodConfig::getName).collect(Collectors.toSet());
        for (String name : configured) {
            if (!declared.containsKey(name)) {
                throw new IllegalStateException("the client of " + service.getName() + " configures method '" + name
                        + "', which the interface does not have");
            }
        }
        for (MethodConfig method : methods) {
            if (method.getRetries() == null) {
                method.setRetries(retriesOf(declared.get(method.getName())));
            }
        }
        for (Method method : declared.values()) {
            if (!configured.contains(method.getName())) {
                MethodConfig config = new MethodConfig();
                config.setName(method.getName());
                config.setRetries(retriesOf(method));
                methods.add(config);
            }
        }
        referenceConfig.setMethods(methods);
    }

    static int retriesOf(Method method) {
        return method.isAnnotationPresent(Idempotent.class) ? IDEMPOTENT_RETRIES : 0;
    }

    private static boolean declaresRetries(Class<?> service) {
        return Arrays.stream(service.getMethods())
                .anyMatch(m -> m.isAnnotationPresent(Idempotent.class) || m.isAnnotationPresent(NotIdempotent.class));
    }
}
