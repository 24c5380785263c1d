package com.webook.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileTest {

    // 2026-11-28 10:00 UTC: already 2026-11-29 in UTC+14.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            all fields                        | Ada      | 1990-02-28 | hello        |
            no birthday, no about             | Ada      | NULL       | NULL         |
            64 CJK characters                 | 字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字 | NULL | NULL |
            today somewhere on Earth          | Ada      | 2026-11-29 | NULL         |
            missing nickname                  | NULL     | NULL       | NULL         | nickname is required
            blank nickname                    | '   '    | NULL       | NULL         | nickname is required
            65 characters                     | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | NULL | NULL | at most 64
            birthday in the future everywhere | Ada      | 2026-11-30 | NULL         | future
            the first day of 1900             | Ada      | 1900-01-01 | NULL         |
            birthday before 1900              | Ada      | 1899-12-31 | NULL         | 1900 or later
            birthday in year 0                | Ada      | 0000-01-01 | NULL         | 1900 or later
            """)
    void checksTheRules(String name, String nickname, LocalDate birthday, String aboutMe, String expectedMessage) {
        if (expectedMessage == null) {
            Profile profile = Profile.edited(nickname, birthday, aboutMe, CLOCK);
            assertThat(profile.nickname()).isEqualTo(nickname.strip());
            assertThat(profile.birthday()).isEqualTo(birthday);
            assertThat(profile.aboutMe()).isEqualTo(aboutMe == null ? "" : aboutMe);
        } else {
            assertThatThrownBy(() -> Profile.edited(nickname, birthday, aboutMe, CLOCK))
                    .isInstanceOfSatisfying(UserRejected.class,
                            r -> assertThat(r.rejection()).isEqualTo(Rejection.INVALID_ARGUMENT))
                    .hasMessageContaining(expectedMessage);
        }
    }

    @Test
    void aboutMeHoldsAtMost1024CharactersCountingEmojiAsOne() {
        String emoji1024 = "🚀".repeat(1024);
        assertThat(Profile.edited("Ada", null, emoji1024, CLOCK).aboutMe()).isEqualTo(emoji1024);
        assertThatThrownBy(() -> Profile.edited("Ada", null, emoji1024 + "x", CLOCK))
                .hasMessageContaining("aboutMe must have at most 1024");
    }

    /** The platform's text policy (see TextPolicyTest for the whole table), applied to both texts. */
    @Test
    void textsFollowThePlatformsTextPolicy() {
        assertThatThrownBy(() -> Profile.edited("x\uD800y", null, null, CLOCK)).hasMessageContaining("nickname is not well-formed");
        assertThatThrownBy(() -> Profile.edited("a\u001B[31mb", null, null, CLOCK)).hasMessageContaining("nickname contains a control");
        assertThatThrownBy(() -> Profile.edited("evil\u202Etxt", null, null, CLOCK)).hasMessageContaining("nickname contains a bidirectional");
        assertThatThrownBy(() -> Profile.edited("\u200B\u3164", null, null, CLOCK)).hasMessageContaining("nickname shows nothing");
        assertThatThrownBy(() -> Profile.edited("Ada", null, "a\u0000b", CLOCK)).hasMessageContaining("aboutMe contains a control");
        assertThat(Profile.edited("Ada", null, "line one\nline two", CLOCK).aboutMe()).isEqualTo("line one\nline two");
    }

    @Test
    void nicknameIsStoredStripped() {
        assertThat(Profile.edited("  Ada  ", null, null, CLOCK).nickname()).isEqualTo("Ada");
    }
}
