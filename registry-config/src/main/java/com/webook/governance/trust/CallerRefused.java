package com.webook.governance.trust;

import org.apache.dubbo.rpc.RpcException;

/**
 * A call the provider refused because of who made it: no platform certificate, or an app the
 * provider's allow-list does not let call this method. Callers see Dubbo's {@code FORBIDDEN} (gRPC
 * {@code PERMISSION_DENIED}); the message names the method, never anything of the arguments.
 */
public final class CallerRefused extends RpcException {

    private static final long serialVersionUID = 1L;

    CallerRefused(String message) {
        super(FORBIDDEN_EXCEPTION, message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // An answer to a caller, not a fault of this provider: no stack to collect.
        return this;
    }
}
