package com.webook.governance.trust;

import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;

/**
 * Provider side, first of the filters: a call reaches the service only when {@link CallerAuthorization}
 * verified who made it. {@link CallerAuthorization} refuses everything else on the request's headers;
 * this is the second lock, for any way into the provider that did not pass through it (another
 * protocol, a future transport).
 */
@Activate(group = CommonConstants.PROVIDER, order = -30_000)
public class RequireVerifiedCaller implements Filter {

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        if (invocation.get(CallerAuthorization.VERIFIED_CALLER) == null) {
            throw new CallerRefused("Refused " + invocation.getServiceName() + "#" + invocation.getMethodName()
                    + ": the caller was not verified");
        }
        return invoker.invoke(invocation);
    }
}
