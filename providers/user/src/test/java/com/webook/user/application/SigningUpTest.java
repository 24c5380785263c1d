package com.webook.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.webook.user.domain.Rejection;
import com.webook.user.domain.User;
import com.webook.user.domain.UserRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SigningUpTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final SigningUp signingUp = new SigningUp(users, new CountingHasher(),
            Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void createsTheAccountWithANormalizedEmailAndAHashedPassword() {
        User user = signingUp.signUp(" Ada@Example.com ", "hello123!");

        assertThat(user.email()).isEqualTo("ada@example.com");
        assertThat(user.createdAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(users.hashOf(user.id())).isEqualTo("hashed:hello123!");
    }

    @Test
    void aSecondAccountForTheSameEmailIsRefusedWhateverItsCase() {
        signingUp.signUp("ada@example.com", "hello123!");

        assertThatThrownBy(() -> signingUp.signUp("ADA@example.com", "other123!"))
                .isInstanceOfSatisfying(UserRejected.class,
                        r -> assertThat(r.rejection()).isEqualTo(Rejection.EMAIL_TAKEN));
        assertThat(users.size()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad email          | not-an-email    | hello123!
            weak password      | ada@example.com | password
            short password     | ada@example.com | a1!
            """)
    void badInputIsRefusedAndNothingIsStored(String name, String email, String password) {
        assertThatThrownBy(() -> signingUp.signUp(email, password))
                .isInstanceOfSatisfying(UserRejected.class,
                        r -> assertThat(r.rejection()).isEqualTo(Rejection.INVALID_ARGUMENT));
        assertThat(users.size()).isZero();
    }
}
