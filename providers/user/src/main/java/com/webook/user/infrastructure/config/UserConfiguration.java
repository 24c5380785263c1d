package com.webook.user.infrastructure.config;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.user.v1.UserService;
import com.webook.user.application.EditingProfile;
import com.webook.user.application.FindingOrCreatingUser;
import com.webook.user.application.LoggingIn;
import com.webook.user.application.SigningUp;
import com.webook.user.application.ViewingProfiles;
import com.webook.user.domain.PasswordHasher;
import com.webook.user.domain.UserRepository;
import com.webook.user.infrastructure.cache.RedisUserCache;
import com.webook.user.infrastructure.cache.UserCache;
import com.webook.user.infrastructure.persistence.CachedUserRepository;
import com.webook.user.infrastructure.persistence.MybatisUserDao;
import com.webook.user.infrastructure.security.BcryptPasswordHasher;
import com.webook.user.rpc.UserRpcService;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Every bean of the user context, wired by hand: nothing in domain or application is scanned.
 * {@code @EnableDubbo} here only makes Dubbo export the {@code @DubboService} bean method below.
 */
@Configuration(proxyBeanMethods = false)
@EnableDubbo
@MapperScan(basePackageClasses = MybatisUserDao.class, annotationClass = org.apache.ibatis.annotations.Mapper.class)
public class UserConfiguration {

    @Bean
    PasswordHasher passwordHasher(@Value("${webook.user.bcrypt-strength:10}") int strength) {
        return new BcryptPasswordHasher(strength);
    }

    @Bean
    UserCache userCache(StringRedisTemplate redis, ObjectMapper json) {
        return new RedisUserCache(redis, json);
    }

    @Bean
    UserRepository userRepository(MybatisUserDao dao, UserCache cache, Clock clock, MeterRegistry meters) {
        return new CachedUserRepository(dao, cache, clock, meters);
    }

    @Bean
    SigningUp signingUp(UserRepository users, PasswordHasher hasher, Clock clock) {
        return new SigningUp(users, hasher, clock);
    }

    @Bean
    LoggingIn loggingIn(UserRepository users, PasswordHasher hasher) {
        return new LoggingIn(users, hasher);
    }

    @Bean
    FindingOrCreatingUser findingOrCreatingUser(UserRepository users, Clock clock) {
        return new FindingOrCreatingUser(users, clock);
    }

    @Bean
    EditingProfile editingProfile(UserRepository users, Clock clock) {
        return new EditingProfile(users, clock);
    }

    @Bean
    ViewingProfiles viewingProfiles(UserRepository users) {
        return new ViewingProfiles(users);
    }

    @Bean
    @DubboService(interfaceClass = UserService.class, version = UserService.VERSION)
    UserService userRpcService(SigningUp signingUp, LoggingIn loggingIn, FindingOrCreatingUser findingOrCreating,
                               EditingProfile editingProfile, ViewingProfiles viewingProfiles) {
        return new UserRpcService(signingUp, loggingIn, findingOrCreating, editingProfile, viewingProfiles);
    }
}
