package com.webook.governance.trust;

/**
 * Where a provider's {@link CallerPolicy} lives in Dubbo's application scope, for
 * {@link CallerAuthorization} (a Dubbo extension, outside Spring) to find. Until the app sets one,
 * nobody is allowed.
 */
public class AllowedCallers {

    private volatile CallerPolicy policy = CallerPolicy.denyAll();

    public CallerPolicy policy() {
        return policy;
    }

    public void set(CallerPolicy policy) {
        this.policy = policy;
    }
}
