package com.webook.governance.trust;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which platform apps may call which methods of a provider: the provider's allow-list, from its
 * configuration ({@code webook.rpc.callers.<app>: [Service.method, ...]}). An entry names a method of
 * a service by the interface's simple name ({@code UserService.getProfile}) or all of its methods
 * ({@code SmsService.*}). Anything not listed is refused, including every caller not named.
 */
public final class CallerPolicy {

    private static final Pattern ENTRY = Pattern.compile("[A-Z][A-Za-z0-9]*\\.([a-z][A-Za-z0-9]*|\\*)");

    private final Map<String, Set<String>> allowed;

    private CallerPolicy(Map<String, Set<String>> allowed) {
        this.allowed = allowed;
    }

    /** Nobody may call anything: what a provider that configured no callers answers. */
    public static CallerPolicy denyAll() {
        return new CallerPolicy(Map.of());
    }

    /**
     * The policy of a provider's configuration.
     *
     * @throws IllegalArgumentException naming an entry that is not {@code Service.method} or {@code Service.*}
     */
    public static CallerPolicy of(Map<String, List<String>> callers) {
        Map<String, Set<String>> allowed = new HashMap<>();
        callers.forEach((caller, entries) -> {
            for (String entry : entries) {
                if (!ENTRY.matcher(entry).matches()) {
                    throw new IllegalArgumentException("webook.rpc.callers." + caller + ": '" + entry
                            + "' is not Service.method or Service.* (the service by its interface's simple name)");
                }
            }
            allowed.put(caller, Set.copyOf(entries));
        });
        return new CallerPolicy(Map.copyOf(allowed));
    }

    /** Whether {@code caller} (an app name) may call {@code method} of the service {@code serviceInterface}. */
    public boolean allows(String caller, String serviceInterface, String method) {
        Set<String> entries = caller == null ? null : allowed.get(caller);
        if (entries == null || serviceInterface == null || method == null) {
            return false;
        }
        String service = serviceInterface.substring(serviceInterface.lastIndexOf('.') + 1);
        return entries.contains(service + "." + method) || entries.contains(service + ".*");
    }

    @Override
    public String toString() {
        return "CallerPolicy" + allowed;
    }
}
