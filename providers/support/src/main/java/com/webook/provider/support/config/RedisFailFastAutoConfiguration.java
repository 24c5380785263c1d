package com.webook.provider.support.config;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.data.redis.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.context.annotation.Bean;

/**
 * While Redis is unreachable, commands fail at once instead of queueing until their timeout, so a
 * cache read degrades to MySQL without first waiting. The client keeps reconnecting in the background.
 */
@AutoConfiguration(before = RedisAutoConfiguration.class)
@ConditionalOnClass({ClientOptions.class, LettuceClientConfigurationBuilderCustomizer.class})
public class RedisFailFastAutoConfiguration {

    @Bean
    LettuceClientConfigurationBuilderCustomizer failFastWhileDisconnected(RedisProperties properties) {
        return builder -> {
            ClientOptions.Builder options = ClientOptions.builder()
                    .autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .timeoutOptions(TimeoutOptions.enabled());
            if (properties.getConnectTimeout() != null) {
                options.socketOptions(SocketOptions.builder().connectTimeout(properties.getConnectTimeout()).build());
            }
            builder.clientOptions(options.build());
        };
    }
}
