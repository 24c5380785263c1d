package com.webook.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.webook.user.domain.NewUser;
import com.webook.user.domain.Rejection;
import com.webook.user.domain.User;
import com.webook.user.domain.UserRejected;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoggingInTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final CountingHasher hasher = new CountingHasher();
    private LoggingIn loggingIn;
    private User ada;

    @BeforeEach
    void seed() {
        ada = users.store(NewUser.withEmail("ada@example.com", hasher.hash("hello123!"), Instant.EPOCH));
        users.store(NewUser.withPhone("13800138000", Instant.EPOCH));
        loggingIn = new LoggingIn(users, hasher);
        hasher.checks = 0;
    }

    @Test
    void theRightPasswordLogsIn() {
        assertThat(loggingIn.logIn("ADA@example.com", "hello123!")).isEqualTo(ada);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            wrong password       | ada@example.com   | hello123?
            unknown email        | bob@example.com   | hello123!
            malformed email      | bob               | hello123!
            missing email        | NULL              | hello123!
            missing password     | ada@example.com   | NULL
            """)
    void everyFailureGetsTheSameAnswer(String name, String email, String password) {
        assertThatThrownBy(() -> loggingIn.logIn(email, password))
                .isInstanceOfSatisfying(UserRejected.class,
                        r -> assertThat(r.rejection()).isEqualTo(Rejection.INVALID_CREDENTIALS))
                .hasMessage("wrong email or password");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            known email   | ada@example.com
            unknown email | bob@example.com
            """)
    void aHashIsCheckedWhetherOrNotTheEmailExists(String name, String email) {
        assertThatThrownBy(() -> loggingIn.logIn(email, "wrong-password1!")).isInstanceOf(UserRejected.class);

        assertThat(hasher.checks).isEqualTo(1);
    }
}
