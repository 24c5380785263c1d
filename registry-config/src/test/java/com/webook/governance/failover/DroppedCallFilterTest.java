package com.webook.governance.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.apache.dubbo.common.URL;
import org.apache.dubbo.rpc.AppResponse;
import org.apache.dubbo.rpc.AsyncRpcResult;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.RpcInvocation;
import org.apache.dubbo.rpc.StatusRpcException;
import org.apache.dubbo.rpc.TriRpcStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mockito;

class DroppedCallFilterTest {

    private final DroppedCallFilter filter = new DroppedCallFilter();

    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of("connection dropped mid-call", new StatusRpcException(TriRpcStatus.CANCELLED), true),
                Arguments.of("provider unreachable", new StatusRpcException(TriRpcStatus.UNAVAILABLE), true),
                Arguments.of("timeout", new StatusRpcException(TriRpcStatus.DEADLINE_EXCEEDED), false),
                Arguments.of("provider bug", new StatusRpcException(TriRpcStatus.INTERNAL), false),
                Arguments.of("business error", new IllegalStateException("email taken"), false),
                Arguments.of("success", null, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outcomes")
    void onlyDroppedCallsBecomeRetriableNetworkErrors(String outcome, Throwable exception, boolean retriable) {
        RpcInvocation invocation = new RpcInvocation();
        invocation.setMethodName("getProfile");
        AppResponse response = exception == null ? new AppResponse("profile") : new AppResponse(exception);
        Result result = AsyncRpcResult.newDefaultAsyncResult(response, invocation);
        Invoker<?> invoker = invokerAnswering(result);

        if (retriable) {
            assertThatThrownBy(() -> filter.invoke(invoker, invocation))
                    .isInstanceOfSatisfying(RpcException.class, e -> {
                        assertThat(e.isNetwork()).isTrue();
                        assertThat(e.isBiz()).isFalse();
                        assertThat(e.getMessage()).contains("getProfile", "10.0.0.7:20881");
                    })
                    .hasCause(exception);
        } else {
            assertThat(filter.invoke(invoker, invocation)).isSameAs(result);
        }
    }

    private static Invoker<?> invokerAnswering(Result result) {
        Invoker<?> invoker = Mockito.mock(Invoker.class);
        Mockito.when(invoker.invoke(Mockito.any(Invocation.class))).thenReturn(result);
        Mockito.when(invoker.getUrl()).thenReturn(URL.valueOf("tri://10.0.0.7:20881/com.example.Service"));
        return invoker;
    }
}
