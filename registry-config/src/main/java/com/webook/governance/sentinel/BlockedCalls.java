package com.webook.governance.sentinel;

import java.util.function.Predicate;

import com.alibaba.csp.sentinel.adapter.dubbo3.fallback.DubboFallback;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.alibaba.csp.sentinel.slots.block.authority.AuthorityException;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeException;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import org.apache.dubbo.rpc.AsyncRpcResult;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;

/**
 * What a call that Sentinel refused answers, on both sides of Dubbo: a declared platform error, so that
 * callers tell "throttled" (try later) from "degraded" (a breaker is open) from a failure, and consumer-web
 * answers 429 or 503 with the envelope. Also which failures count as errors for the breakers.
 */
public final class BlockedCalls implements DubboFallback {

    /** The error a call refused by {@code blocked} answers. */
    public static ServiceException answerFor(BlockException blocked) {
        PlatformErrorCode code = codeFor(blocked);
        return new ServiceException(code, code.message());
    }

    public static PlatformErrorCode codeFor(BlockException blocked) {
        if (blocked instanceof DegradeException) {
            return PlatformErrorCode.DEGRADED;
        }
        if (blocked instanceof AuthorityException) {
            return PlatformErrorCode.REFUSED;
        }
        return PlatformErrorCode.THROTTLED; // flow, hot-parameter and system rules
    }

    @Override
    public Result handle(Invoker<?> invoker, Invocation invocation, BlockException ex) {
        return AsyncRpcResult.newDefaultAsyncResult(answerFor(ex), invocation);
    }

    /**
     * Which exceptions count as errors for breakers and the exception metrics: not a service's declared
     * answer that the caller got wrong (a wrong password, another author's article), which says nothing of
     * the service's health; everything else does, platform failures and incidents included.
     */
    public static final Predicate<Throwable> COUNTS_AS_ERROR =
            failure -> !(failure instanceof ServiceException answer) || !answer.kind().callerError();
}
