package com.webook.api.common.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.webook.api.article.v1.ArticleErrorCode;
import com.webook.api.article.v1.ArticleService;
import com.webook.api.code.v1.CodeErrorCode;
import com.webook.api.code.v1.CodeService;
import com.webook.api.interactive.v1.InteractiveErrorCode;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.sms.v1.SmsErrorCode;
import com.webook.api.sms.v1.SmsService;
import com.webook.api.user.v1.UserErrorCode;
import com.webook.api.user.v1.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules every service of the published contract keeps. */
class ContractRulesTest {

    static Stream<Arguments> modules() {
        return Stream.of(
                Arguments.of("platform", PlatformErrorCode.values(), 0),
                Arguments.of("user", UserErrorCode.values(), 1),
                Arguments.of("article", ArticleErrorCode.values(), 2),
                Arguments.of("interactive", InteractiveErrorCode.values(), 3),
                Arguments.of("code", CodeErrorCode.values(), 4),
                Arguments.of("sms", SmsErrorCode.values(), 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void codesAreSixDigitsInTheirModuleAndTheirClassMatchesTheirKind(String context, ErrorCode[] codes, int module) {
        Arrays.stream(codes).forEach(c -> {
            assertThat(c.code()).isBetween(400_000, 599_999);
            assertThat((c.code() / 1000) % 100).as("module of %s", c).isEqualTo(module);
            assertThat(c.code() / 100_000 == 4).as("class digit of %s against its kind %s", c, c.kind())
                    .isEqualTo(c.kind().callerError());
        });
    }

    @Test
    void noTwoCodesShareANumber() {
        Map<Integer, ErrorCode> seen = new HashMap<>();
        modules().flatMap(m -> Arrays.stream((ErrorCode[]) m.get()[1]))
                .forEach(c -> assertThat(seen.put(c.code(), c)).as("code %d", c.code()).isNull());
    }

    @Test
    void everyServiceNamesItsErrorCodes() {
        assertThat(Stream.of(UserService.class, CodeService.class, SmsService.class, ArticleService.class,
                InteractiveService.class).<Class<?>>map(s -> s.getAnnotation(ErrorCodes.class).value()))
                .containsExactly(UserErrorCode.class, CodeErrorCode.class, SmsErrorCode.class, ArticleErrorCode.class,
                        InteractiveErrorCode.class);
    }

    @Test
    void onlyServerFailuresAreNotTheCallersFault() {
        assertThat(Arrays.stream(ErrorKind.values()).filter(k -> !k.callerError()))
                .containsExactlyInAnyOrder(ErrorKind.UNAVAILABLE, ErrorKind.INTERNAL);
    }

    @Test
    void everyMethodOfEveryServiceSaysWhetherItMayBeRetried() {
        Stream.of(UserService.class, CodeService.class, SmsService.class, ArticleService.class, InteractiveService.class)
                .flatMap(service -> Arrays.stream(service.getDeclaredMethods()))
                .filter(method -> !method.isSynthetic() && !java.lang.reflect.Modifier.isStatic(method.getModifiers()))
                .forEach(method -> assertThat(method.isAnnotationPresent(Idempotent.class)
                        ^ method.isAnnotationPresent(NotIdempotent.class))
                        .as("%s#%s declares exactly one of @Idempotent and @NotIdempotent",
                                method.getDeclaringClass().getSimpleName(), method.getName())
                        .isTrue());
    }
}
