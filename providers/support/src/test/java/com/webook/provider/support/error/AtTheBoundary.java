package com.webook.provider.support.error;

import com.webook.api.common.v1.ServiceException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Test kit: what a remote caller of a service receives when an RPC adapter's method throws, without
 * starting Dubbo. {@code assertThat(answerTo(ArticleService.class, "save", () -> rpc.save(null)).errorCode())}.
 */
public final class AtTheBoundary {

    private AtTheBoundary() {
    }

    public static ServiceException answerTo(Class<?> service, String method, ThrowingCallable call) {
        try {
            call.call();
        } catch (Throwable thrown) {
            return ErrorBoundary.answer(thrown, service, method);
        }
        throw new AssertionError(service.getSimpleName() + "#" + method + " answered without an error");
    }
}
