package com.webook.provider.support.error;

import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.service.GenericService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every provider's error boundary on Dubbo: what a service call throws reaches the caller as the
 * {@link ErrorBoundary} says, a declared rejection without a log line and anything else as an incident.
 *
 * <p>Innermost of the provider filters, so it sees only what the service itself threw, not the refusals
 * of the filters before it (an unauthorised caller stays refused as such). It takes over from Dubbo's own
 * {@code exception} filter, which logs every exception its method does not declare at ERROR, rejections
 * included; the provider defaults ({@code webook/provider-defaults.yml}) turn that one off.
 */
@Activate(group = CommonConstants.PROVIDER, order = ErrorBoundaryFilter.ORDER)
public class ErrorBoundaryFilter implements Filter, Filter.Listener {

    /** After every filter of Dubbo and of the platform, so next to the service. */
    static final int ORDER = 1_000_000;

    private static final Logger log = LoggerFactory.getLogger(ErrorBoundaryFilter.class);

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        return invoker.invoke(invocation);
    }

    @Override
    public void onResponse(Result appResponse, Invoker<?> invoker, Invocation invocation) {
        if (appResponse.hasException() && invoker.getInterface() != GenericService.class) {
            Throwable thrown = appResponse.getException();
            appResponse.setException(ErrorBoundary.answer(thrown, invoker.getInterface(), invocation.getMethodName()));
        }
    }

    @Override
    public void onError(Throwable failure, Invoker<?> invoker, Invocation invocation) {
        log.error("call to {}#{} failed before the service answered", invocation.getServiceName(),
                invocation.getMethodName(), failure);
    }
}
