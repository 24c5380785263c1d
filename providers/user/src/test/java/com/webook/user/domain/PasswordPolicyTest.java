package com.webook.user.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            letter digit special          | hello123!          |
            every special works           | abc12345$          |
            other characters allowed      | pässwörd1#~        |
            exactly eight                 | abcde12&           |
            exactly 64                    | a1!aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa |
            missing                       | NULL               | password is required
            empty                         | ''                 | password is required
            seven characters              | abc12!x            | 8 to 64 characters
            65 characters                 | a1!aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | 8 to 64 characters
            more than 72 bytes            | 密码密码密码密码密码密码密码密码密码密码密码密码密码a1! | 8 to 64 characters
            no special                    | hello1234          | a letter, a digit and one of
            no digit                      | hello!world        | a letter, a digit and one of
            no letter                     | 1234567!           | a letter, a digit and one of
            special outside the list      | hello123^          | a letter, a digit and one of
            """)
    void checks(String name, String password, String expectedMessage) {
        if (expectedMessage == null) {
            assertThatCode(() -> PasswordPolicy.check(password)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> PasswordPolicy.check(password))
                    .isInstanceOf(UserRejected.class)
                    .hasMessageContaining(expectedMessage);
        }
    }
}
