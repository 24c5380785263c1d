package com.webook.governance.trust;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Metrics;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.common.utils.UrlUtils;
import org.apache.dubbo.rpc.HeaderFilter;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.RpcInvocation;
import org.apache.dubbo.rpc.protocol.tri.TripleConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provider side, on every Triple request (HTTP/2, gRPC and HTTP/1.1 alike): serves only a platform app
 * whose TLS client certificate names it and whose name the provider's {@link CallerPolicy} lets call
 * this method. Runs on the request's headers, before its body is read, so an unauthorised caller's
 * arguments are never decoded. The verified caller's name travels on with the invocation
 * ({@link #VERIFIED_CALLER}) for {@link RequireVerifiedCaller} and for logging.
 *
 * <p>Refusals are counted ({@code webook.rpc.refused}) and logged at most once per
 * {@link #LOG_INTERVAL_MILLIS} for each caller, service and method, so a flood of refused calls does
 * not flood the log.
 */
@Activate
public class CallerAuthorization implements HeaderFilter {

    /** Invocation attribute: the app that made this call, as its certificate names it. */
    public static final String VERIFIED_CALLER = "webook.verified-caller";
    static final long LOG_INTERVAL_MILLIS = TimeUnit.SECONDS.toMillis(10);

    private static final Logger log = LoggerFactory.getLogger(CallerAuthorization.class);
    private static final String POLICY_CACHE = "webook.caller-policy";

    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    @Override
    public RpcInvocation invoke(Invoker<?> invoker, RpcInvocation invocation) throws RpcException {
        URL url = invoker.getUrl();
        String service = invocation.getServiceName();
        String method = invocation.getMethodName();
        Object remote = invocation.get(TripleConstants.REMOTE_ADDRESS_KEY);
        String caller = TlsPeers.callerOf(url, remote);
        if (caller == null) {
            throw refused("no-certificate", "-", service, method, remote,
                    "Refused " + service + "#" + method + ": the caller presented no platform certificate");
        }
        if (!policyOf(url).allows(caller, service, method)) {
            throw refused("not-allowed", caller, service, method, remote,
                    "Refused " + service + "#" + method + ": " + caller + " may not call it");
        }
        invocation.put(VERIFIED_CALLER, caller);
        return invocation;
    }

    private static CallerPolicy policyOf(URL url) {
        AllowedCallers allowed = UrlUtils.computeServiceAttribute(url, POLICY_CACHE,
                key -> url.getOrDefaultApplicationModel().getBeanFactory().getOrRegisterBean(AllowedCallers.class));
        return allowed == null ? CallerPolicy.denyAll() : allowed.policy();
    }

    private CallerRefused refused(String reason, String caller, String service, String method, Object remote,
                                  String message) {
        Metrics.counter("webook.rpc.refused", "reason", reason, "caller", caller, "service", service,
                "method", method).increment();
        long now = System.currentTimeMillis();
        String key = reason + caller + service + method;
        Long last = lastLogged.get(key);
        if ((last == null || now - last >= LOG_INTERVAL_MILLIS) && lastLogged.size() < 10_000) {
            lastLogged.put(key, now);
            log.warn("{} (from {})", message, remote);
        }
        return new CallerRefused(message);
    }
}
