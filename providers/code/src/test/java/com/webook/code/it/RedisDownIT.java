package com.webook.code.it;

import static com.webook.provider.support.error.AtTheBoundary.answerTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;

import com.webook.api.code.v1.CodeService;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.code.application.SendingCode;
import com.webook.code.application.VerifyingCode;
import com.webook.code.infrastructure.redis.RedisCodeStore;
import com.webook.code.rpc.CodeRpcService;
import com.webook.provider.support.redis.UnreachableRedis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With Redis unreachable, sending and verifying fail as "unavailable" and never succeed; no
 * SMS goes out.
 */
class RedisDownIT {

    @RegisterExtension
    final UnreachableRedis redis = new UnreachableRedis();

    RecordedSms.Outbox sms = new RecordedSms.Outbox();
    CodeRpcService codes;

    @BeforeEach
    void pointTheStoreAtADeadRedis() {
        RedisCodeStore store = new RedisCodeStore(redis.template());
        codes = new CodeRpcService(new SendingCode(store, sms, new SecureRandom(), redis.meters()),
                new VerifyingCode(store, redis.meters()));
    }

    @Test
    void sendingFailsClearlyAndSendsNothing() {
        assertThat(answerTo(CodeService.class, "send", () -> codes.send("login", "+8613800138000")).errorCode())
                .isEqualTo(PlatformErrorCode.UNAVAILABLE);
        assertThat(sms.to("+8613800138000")).isEmpty();
    }

    @Test
    void verifyingFailsClearlyAndNeverSucceeds() {
        assertThat(answerTo(CodeService.class, "verify", () -> codes.verify("login", "+8613800138000", "123456"))
                .errorCode()).isEqualTo(PlatformErrorCode.UNAVAILABLE);
    }
}
