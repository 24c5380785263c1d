package com.webook.web.oauth2;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** WeChat login's parts, from {@code webook.wechat.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WechatProperties.class)
class WechatConfiguration {

    @Bean
    LoginState wechatLoginState(WechatProperties properties) {
        return new LoginState(properties.stateKey(), properties.stateTtl(), Clock.systemUTC());
    }

    @Bean
    WechatClient wechatClient(WechatProperties properties, ObjectMapper json) {
        return new WechatClient(properties, json);
    }
}
