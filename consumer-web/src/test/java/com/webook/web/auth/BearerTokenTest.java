package com.webook.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BearerTokenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            bearer token             | Bearer abc.def.ghi    | abc.def.ghi
            scheme in any case       | bearer abc            | abc
            extra spaces             | 'Bearer   abc  '      | abc
            no header                | NULL                  | NULL
            scheme only              | 'Bearer '             | NULL
            another scheme           | Basic dXNlcjpwYXNz    | NULL
            token without a scheme   | abc.def.ghi           | NULL
            """)
    void readsTheToken(String name, String header, String expected) {
        assertThat(BearerToken.from(header)).isEqualTo(expected);
    }
}
