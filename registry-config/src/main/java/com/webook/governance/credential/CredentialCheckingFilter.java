package com.webook.governance.credential;

import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.common.logger.ErrorTypeAwareLogger;
import org.apache.dubbo.common.logger.LoggerFactory;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcContext;
import org.apache.dubbo.rpc.RpcException;

/**
 * Provider side: serves only callers that present a valid platform credential. Runs first, so a
 * refused call reaches no other filter and no business code.
 */
@Activate(group = CommonConstants.PROVIDER, order = -20_000)
public class CredentialCheckingFilter implements Filter {

    private static final ErrorTypeAwareLogger log = LoggerFactory.getErrorTypeAwareLogger(CredentialCheckingFilter.class);

    private PlatformCredential platformCredential;

    /** Injected by Dubbo from the Spring context. */
    public void setPlatformCredential(PlatformCredential platformCredential) {
        this.platformCredential = platformCredential;
    }

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        String service = invocation.getServiceName();
        String method = invocation.getMethodName();
        if (platformCredential == null) {
            throw new RpcException(RpcException.FORBIDDEN_EXCEPTION,
                    "No platform credential is configured in this provider; refusing " + service + "." + method);
        }
        PlatformCredential.Verdict verdict = platformCredential.verify(
                invocation.getAttachment(CredentialAttachments.TIMESTAMP),
                invocation.getAttachment(CredentialAttachments.SIGNATURE),
                service, method);
        if (verdict != PlatformCredential.Verdict.VALID) {
            String caller = RpcContext.getServiceContext().getRemoteAddressString();
            log.warn("5-1", "", "", "Refused " + service + "." + method + " from " + caller
                    + ": platform credential " + verdict);
            throw new RpcException(RpcException.FORBIDDEN_EXCEPTION,
                    "Platform credential " + verdict.name().toLowerCase() + " for " + service + "." + method);
        }
        return invoker.invoke(invocation);
    }
}
