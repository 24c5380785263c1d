package com.webook.web.article;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * A provider's interface answering only the methods a test names, for tests of consumer-web's own rules
 * (the real providers are under test in their modules and in the end-to-end scenarios). Any other method
 * fails the test.
 */
final class StandIn {

    private StandIn() {
    }

    static <T> T of(Class<T> service, Map<String, Function<Object[], Object>> answers) {
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "StandIn(" + service.getSimpleName() + ")";
                        };
                    }
                    Function<Object[], Object> answer = answers.get(method.getName());
                    if (answer == null) {
                        throw new AssertionError("unexpected call: " + method.getName());
                    }
                    return answer.apply(args);
                }));
    }
}
