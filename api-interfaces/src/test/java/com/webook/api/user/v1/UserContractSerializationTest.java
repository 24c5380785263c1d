package com.webook.api.user.v1;

import static com.webook.api.common.v1.Hessian2RoundTrip.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every record of the user contract survives Dubbo's Hessian2 serialization unchanged. */
class UserContractSerializationTest {

    static Stream<Arguments> records() {
        Instant created = Instant.parse("2026-11-28T08:15:30.123456Z");
        return Stream.of(
                Arguments.of("sign-up request", new SignUpRequest("ada@example.com", "s3cret!pass")),
                Arguments.of("log-in request", new LogInRequest("ada@example.com", "s3cret!pass")),
                Arguments.of("wechat identity with unionId", new WechatIdentity("o-open", "u-union")),
                Arguments.of("wechat identity without unionId", new WechatIdentity("o-open", null)),
                Arguments.of("edit with every field",
                        new EditProfileRequest(42L, "Ада 🚀", LocalDate.of(1990, 2, 28), "about ' me; --")),
                Arguments.of("edit without birthday", new EditProfileRequest(42L, "ada", null, "")),
                Arguments.of("full profile", new UserProfile(7L, "ada@example.com", "+8613800138000", "Ada",
                        LocalDate.of(1815, 12, 10), "first programmer", created)),
                Arguments.of("sparse profile", new UserProfile(8L, null, "13800138000", null, null, null, created)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void recordSurvivesRoundTrip(String name, Object record) {
        assertThat(roundTrip(record)).isEqualTo(record).isNotSameAs(record);
    }

    @Test
    void listOfDistinctProfilesSurvivesRoundTrip() {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        List<UserProfile> profiles = new ArrayList<>(List.of(
                new UserProfile(1L, "a@example.com", null, "a", null, "", created),
                new UserProfile(2L, "b@example.com", null, "b", LocalDate.of(2000, 1, 1), "b", created)));

        assertThat(roundTrip(profiles)).containsExactlyElementsOf(profiles);
    }
}
