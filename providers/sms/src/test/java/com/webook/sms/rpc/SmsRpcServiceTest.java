package com.webook.sms.rpc;

import static com.webook.provider.support.error.AtTheBoundary.answerTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import com.webook.api.sms.v1.SendSmsRequest;
import com.webook.api.sms.v1.SmsErrorCode;
import com.webook.api.sms.v1.SmsReceipt;
import com.webook.api.sms.v1.SmsService;
import com.webook.sms.application.SendingSms;
import com.webook.sms.domain.Dispatch;
import com.webook.sms.domain.SmsMessage;
import com.webook.sms.domain.SmsRejected;
import com.webook.sms.domain.SmsVendor;
import com.webook.sms.domain.TemplateGrant;
import com.webook.sms.domain.VendorFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SmsRpcServiceTest {

    static final String TOKEN = "good";
    static final List<String> ONE = List.of("+8613800138000");

    final List<SmsMessage> sent = new ArrayList<>();
    String answer = "ok";

    final SmsVendor chain = new SmsVendor() {
        @Override
        public String name() {
            return "chain";
        }

        @Override
        public Dispatch send(SmsMessage message) {
            return switch (answer) {
                case "ok" -> {
                    sent.add(message);
                    yield Dispatch.accepted("tencent", "s-1");
                }
                case "queued" -> Dispatch.queuedForLater();
                case "fail" -> throw VendorFailure.error("chain", "every vendor failed");
                default -> throw new IllegalStateException("a bug");
            };
        }
    };

    final SmsRpcService rpc = new SmsRpcService(new SendingSms(token -> {
        if (!TOKEN.equals(token)) {
            throw SmsRejected.unauthorized("the template token is not valid");
        }
        return new TemplateGrant("webook-code", "login_code", null);
    }, Set.of("login_code"), chain));

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of("no request", null),
                Arguments.of("no numbers", new SendSmsRequest(TOKEN, List.of(), null)),
                Arguments.of("empty numbers", new SendSmsRequest(TOKEN, List.of(), List.of())),
                Arguments.of("101 numbers", new SendSmsRequest(TOKEN, List.of(), Collections.nCopies(101, "13800138000"))),
                Arguments.of("letters in a number", new SendSmsRequest(TOKEN, List.of(), List.of("1380013800a"))),
                Arguments.of("too short a number", new SendSmsRequest(TOKEN, List.of(), List.of("1234"))),
                Arguments.of("too long a number", new SendSmsRequest(TOKEN, List.of(), List.of("1".repeat(21)))),
                Arguments.of("plus in the middle", new SendSmsRequest(TOKEN, List.of(), List.of("86+13800138000"))),
                Arguments.of("one bad number among good ones",
                        new SendSmsRequest(TOKEN, List.of(), List.of("13800138000", "x13800138000"))),
                Arguments.of("spaces", new SendSmsRequest(TOKEN, List.of(), List.of("138 0013 8000"))),
                Arguments.of("11 args", new SendSmsRequest(TOKEN, Collections.nCopies(11, "a"), ONE)),
                Arguments.of("an arg of 65 characters", new SendSmsRequest(TOKEN, List.of("x".repeat(65)), ONE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void refusesInvalidRequestsBeforeSending(String name, SendSmsRequest request) {
        ServiceException thrown = answerTo(SmsService.class, "send", () -> rpc.send(request));

        assertThat(thrown.errorCode()).isEqualTo(SmsErrorCode.INVALID_ARGUMENT);
        assertThat(sent).isEmpty();
    }

    static Stream<Arguments> validRequests() {
        return Stream.of(
                Arguments.of("one number with +", new SendSmsRequest(TOKEN, List.of("004213", "10"), ONE)),
                Arguments.of("100 numbers", new SendSmsRequest(TOKEN, List.of(), Collections.nCopies(100, "13800138000"))),
                Arguments.of("5 digits", new SendSmsRequest(TOKEN, List.of(), List.of("12345"))),
                Arguments.of("+ and 20 digits", new SendSmsRequest(TOKEN, List.of(), List.of("+" + "1".repeat(20)))),
                Arguments.of("10 args of 64", new SendSmsRequest(TOKEN, Collections.nCopies(10, "x".repeat(64)), ONE)),
                Arguments.of("no args at all", new SendSmsRequest(TOKEN, null, ONE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRequests")
    void sendsValidRequests(String name, SendSmsRequest request) {
        SmsReceipt receipt = rpc.send(request);

        assertThat(receipt.vendor()).isEqualTo("tencent");
        assertThat(receipt.queued()).isFalse();
        assertThat(receipt.messageId()).isNotBlank();
        assertThat(sent).singleElement().satisfies(m -> assertThat(m.messageId()).isEqualTo(receipt.messageId()));
    }

    @Test
    void aQueuedMessageHasNoVendorYet() {
        answer = "queued";

        SmsReceipt receipt = rpc.send(new SendSmsRequest(TOKEN, List.of(), ONE));

        assertThat(receipt.queued()).isTrue();
        assertThat(receipt.vendor()).isNull();
    }

    @Test
    void aWrongTokenIsUnauthorized() {
        ServiceException thrown = answerTo(SmsService.class, "send",
                () -> rpc.send(new SendSmsRequest("forged", List.of(), ONE)));

        assertThat(thrown.errorCode()).isEqualTo(SmsErrorCode.UNAUTHORIZED);
        assertThat(sent).isEmpty();
    }

    @Test
    void aFailedSendIsSendFailedWithoutTheVendorsDetails() {
        answer = "fail";

        ServiceException thrown = answerTo(SmsService.class, "send", () -> rpc.send(new SendSmsRequest(TOKEN, List.of(), ONE)));

        assertThat(thrown.errorCode()).isEqualTo(SmsErrorCode.SEND_FAILED);
        assertThat(thrown.getMessage()).doesNotContain("every vendor failed");
    }

    @Test
    void aBugIsAnIncidentWithoutItsDetails() {
        answer = "bug";

        ServiceException thrown = answerTo(SmsService.class, "send", () -> rpc.send(new SendSmsRequest(TOKEN, List.of(), ONE)));

        assertThat(thrown.errorCode()).isEqualTo(PlatformErrorCode.INTERNAL);
        assertThat(thrown.incidentId()).isNotNull();
        assertThat(thrown.getMessage()).doesNotContain("a bug");
    }
}
