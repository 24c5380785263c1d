package com.webook.governance.failover;

import java.util.Set;

import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.StatusRpcException;
import org.apache.dubbo.rpc.TriRpcStatus;

/**
 * Consumer side, per provider instance: turns a Triple call that was dropped with its connection
 * (the provider died mid-call, or could not be reached) into a network error that the failover
 * cluster retries on another instance.
 *
 * <p>Triple completes such a call with a {@code CANCELLED} or {@code UNAVAILABLE} status as its
 * <em>result</em> rather than throwing, and Dubbo's failover only retries what is thrown; without
 * this filter, every call in flight on a killed provider fails even where a retry is configured.
 * Only methods with {@code retries > 0} (the idempotent reads) are retried, so writes still fail
 * fast. A timeout is left alone: retrying a slow provider doubles its load.
 */
@Activate(group = CommonConstants.CONSUMER, order = -10_000)
public class DroppedCallFilter implements Filter {

    private static final Set<TriRpcStatus.Code> DROPPED =
            Set.of(TriRpcStatus.Code.CANCELLED, TriRpcStatus.Code.UNAVAILABLE);

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        Result result = invoker.invoke(invocation);
        if (result.hasException() && result.getException() instanceof StatusRpcException dropped
                && DROPPED.contains(dropped.getStatus().code)) {
            throw new RpcException(RpcException.NETWORK_EXCEPTION,
                    "Call to " + invocation.getServiceName() + "#" + invocation.getMethodName() + " on "
                            + invoker.getUrl().getAddress() + " was dropped: " + dropped.getMessage(),
                    dropped);
        }
        return result;
    }
}
