package com.webook.governance.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallerPolicyTest {

    private final CallerPolicy policy = CallerPolicy.of(Map.of(
            "webook-consumer-web", List.of("UserService.getProfile", "UserService.logIn"),
            "webook-code", List.of("SmsService.*")));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a listed method,                   webook-consumer-web, com.webook.api.user.v1.UserService, getProfile, true",
            "an unlisted method,                webook-consumer-web, com.webook.api.user.v1.UserService, editProfile, false",
            "every method of a starred service, webook-code,         com.webook.api.sms.v1.SmsService,   send,       true",
            "another service,                   webook-code,         com.webook.api.user.v1.UserService, getProfile, false",
            "a caller not named,                webook-article,      com.webook.api.user.v1.UserService, getProfile, false",
            "nobody,                            ,                    com.webook.api.user.v1.UserService, getProfile, false",
    })
    void allowsOnlyWhatItLists(String name, String caller, String service, String method, boolean allowed) {
        assertThat(policy.allows(caller, service, method)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "no method,           UserService",
            "a wildcard service,  *.getProfile",
            "a full class name,   com.webook.api.user.v1.UserService.getProfile",
            "a method wildcard,   UserService.get*",
    })
    void refusesEntriesItCannotRead(String name, String entry) {
        assertThatThrownBy(() -> CallerPolicy.of(Map.of("webook-consumer-web", List.of(entry))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webook.rpc.callers.webook-consumer-web");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"deny all, webook-consumer-web"})
    void denyAllAllowsNobody(String name, String caller) {
        assertThat(CallerPolicy.denyAll().allows(caller, "com.webook.api.user.v1.UserService", "getProfile")).isFalse();
    }
}
