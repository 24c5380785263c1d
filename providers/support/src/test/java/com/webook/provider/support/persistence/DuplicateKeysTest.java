package com.webook.provider.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DuplicateKeyException;

class DuplicateKeysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            MariaDB message          | Duplicate entry 'a@b.c' for key 'uk_users_email'          | uk_users_email
            MySQL 8 message          | Duplicate entry 'a@b.c' for key 'users.uk_users_email'    | uk_users_email
            value holding a quote    | Duplicate entry 'o''neil' for key 'uk_users_phone'        | uk_users_phone
            not a duplicate message  | Lock wait timeout exceeded                                 | NONE
            """)
    void findsTheIndexName(String name, String driverMessage, String expected) {
        DuplicateKeyException exception = new DuplicateKeyException("insert failed",
                new SQLIntegrityConstraintViolationException(driverMessage));

        assertThat(DuplicateKeys.violatedKey(exception)).isEqualTo(Optional.ofNullable(expected));
    }
}
