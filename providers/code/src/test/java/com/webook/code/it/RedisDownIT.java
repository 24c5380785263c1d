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
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * With Redis unreachable, sending and verifying fail as "unavailable" and never succeed; no
 * SMS goes out. The client is a real Lettuce client pointed at a port where nothing listens.
 */
class RedisDownIT {

    LettuceConnectionFactory unreachableRedis;
    RecordedSms.Outbox sms = new RecordedSms.Outbox();
    CodeRpcService codes;

    @BeforeEach
    void pointTheStoreAtADeadRedis() {
        unreachableRedis = UnreachableRedis.connectionFactory();
        RedisCodeStore store = new RedisCodeStore(new StringRedisTemplate(unreachableRedis));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        codes = new CodeRpcService(new SendingCode(store, sms, new SecureRandom(), meters),
                new VerifyingCode(store, meters));
    }

    @AfterEach
    void close() {
        unreachableRedis.destroy();
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
