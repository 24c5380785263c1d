package com.webook.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailAddressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "INVALID", textBlock = """
            plain                       | ada@example.com                 | ada@example.com
            upper case is folded        | Ada.Lovelace@Example.COM        | ada.lovelace@example.com
            surrounding spaces trimmed  | '  ada@example.com  '           | ada@example.com
            plus addressing             | ada+webook@mail.example.co.uk   | ada+webook@mail.example.co.uk
            no at sign                  | ada.example.com                 | INVALID
            no domain dot               | ada@localhost                   | INVALID
            two at signs                | ada@@example.com                | INVALID
            space inside                | ada lovelace@example.com        | INVALID
            SQL metacharacters          | a'; DROP TABLE users;--@x.com   | INVALID
            non-ASCII local part        | адa@example.com                 | INVALID
            empty                       | ''                              | INVALID
            trailing dot                | ada@example.com.                | INVALID
            """)
    void normalizesOrRejects(String name, String raw, String expected) {
        assertThat(EmailAddress.tryNormalize(raw)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void acceptsAtMost254Characters() {
        String local = "a".repeat(64);
        String at254 = local + "@" + "b".repeat(61) + "." + "c".repeat(61) + "." + "d".repeat(61) + ".com";
        String at255 = local + "@" + "b".repeat(61) + "." + "c".repeat(61) + "." + "d".repeat(62) + ".com";

        assertThat(at254).hasSize(254);
        assertThat(EmailAddress.tryNormalize(at254)).contains(at254);
        assertThat(EmailAddress.tryNormalize(at255)).isEmpty();
    }

    @Test
    void normalizeRejectsWithAMessageNamingTheField() {
        assertThatThrownBy(() -> EmailAddress.normalize("nope"))
                .isInstanceOfSatisfying(UserRejected.class, r -> {
                    assertThat(r.rejection()).isEqualTo(Rejection.INVALID_ARGUMENT);
                    assertThat(r.getMessage()).startsWith("email");
                });
    }
}
