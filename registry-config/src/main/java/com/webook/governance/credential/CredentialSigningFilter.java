package com.webook.governance.credential;

import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;

/** Consumer side: attaches a fresh platform credential to every outgoing call. */
@Activate(group = CommonConstants.CONSUMER, order = -20_000)
public class CredentialSigningFilter implements Filter {

    private PlatformCredential platformCredential;

    /** Injected by Dubbo from the Spring context. */
    public void setPlatformCredential(PlatformCredential platformCredential) {
        this.platformCredential = platformCredential;
    }

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        if (platformCredential == null) {
            throw new RpcException(RpcException.FORBIDDEN_EXCEPTION,
                    "No platform credential is configured in this application; refusing to call "
                            + invocation.getServiceName());
        }
        PlatformCredential.Signed signed =
                platformCredential.sign(invocation.getServiceName(), invocation.getMethodName());
        invocation.setAttachment(CredentialAttachments.TIMESTAMP, Long.toString(signed.timestamp()));
        invocation.setAttachment(CredentialAttachments.SIGNATURE, signed.signature());
        return invoker.invoke(invocation);
    }
}
