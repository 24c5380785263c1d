package com.webook.code.infrastructure.config;

import java.security.SecureRandom;

import com.webook.api.code.v1.CodeService;
import com.webook.api.sms.v1.SmsService;
import com.webook.code.application.SendingCode;
import com.webook.code.application.VerifyingCode;
import com.webook.code.domain.CodeStore;
import com.webook.code.domain.SmsSender;
import com.webook.code.infrastructure.redis.RedisCodeStore;
import com.webook.code.infrastructure.sms.DubboSmsSender;
import com.webook.code.rpc.CodeRpcService;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Every bean of the code context, wired by hand; {@code @EnableDubbo} exports the service bean below. */
@Configuration(proxyBeanMethods = false)
@EnableDubbo
public class CodeConfiguration {

    @Bean
    CodeStore codeStore(StringRedisTemplate redis) {
        return new RedisCodeStore(redis);
    }

    /**
     * Not retried (the contract says a retried send may deliver twice; see {@code ContractRetries}). The
     * timeout leaves room for the SMS provider to try its vendors in turn (2.5 s each at most) before it
     * queues the message.
     */
    @Bean
    ReferenceBean<SmsService> smsService() {
        return new ReferenceBeanBuilder()
                .setInterface(SmsService.class)
                .setVersion(SmsService.VERSION)
                .setTimeout(6_000)
                .build();
    }

    @Bean
    SmsSender smsSender(SmsService smsService, @Value("${webook.code.sms.template-token}") String templateToken) {
        return new DubboSmsSender(smsService, templateToken);
    }

    @Bean
    SendingCode sendingCode(CodeStore store, SmsSender sms, MeterRegistry meters) {
        return new SendingCode(store, sms, new SecureRandom(), meters);
    }

    @Bean
    VerifyingCode verifyingCode(CodeStore store, MeterRegistry meters) {
        return new VerifyingCode(store, meters);
    }

    @Bean
    @DubboService(interfaceClass = CodeService.class, version = CodeService.VERSION)
    CodeService codeRpcService(SendingCode sending, VerifyingCode verifying) {
        return new CodeRpcService(sending, verifying);
    }
}
