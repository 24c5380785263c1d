package com.webook.code.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;

import com.webook.api.code.v1.CodeErrorCode;
import com.webook.api.code.v1.CodeException;
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
 * With Redis unreachable, sending and verifying fail with a clear system error and never succeed; no
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
        assertThatThrownBy(() -> codes.send("login", "+8613800138000"))
                .isInstanceOfSatisfying(CodeException.class,
                        e -> assertThat(e.code()).isEqualTo(CodeErrorCode.SYSTEM_ERROR));
        assertThat(sms.to("+8613800138000")).isEmpty();
    }

    @Test
    void verifyingFailsClearlyAndNeverSucceeds() {
        assertThatThrownBy(() -> codes.verify("login", "+8613800138000", "123456"))
                .isInstanceOfSatisfying(CodeException.class,
                        e -> assertThat(e.code()).isEqualTo(CodeErrorCode.SYSTEM_ERROR));
    }
}
