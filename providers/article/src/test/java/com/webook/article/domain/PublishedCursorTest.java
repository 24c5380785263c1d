package com.webook.article.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedCursorTest {

    @Test
    void aCursorSurvivesItsStringForm() {
        PublishedCursor cursor = new PublishedCursor(1_764_000_000_123L, 42);

        assertThat(PublishedCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("1764000000123").matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty                 | ''
            not base64            | '%%%'
            SQL                   | ' OR 1=1 --
            """)
    void foreignStringsAreRefused(String name, String cursor) {
        assertRefused(cursor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no version            | 123:42
            other version         | v2:123:42
            not numbers           | v1:abc:42
            zero id               | v1:123:0
            negative time         | v1:-1:42
            extra part            | v1:123:42:7
            """)
    void wellEncodedButWrongContentIsRefused(String name, String plain) {
        assertRefused(Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII)));
    }

    private static void assertRefused(String cursor) {
        assertThatThrownBy(() -> PublishedCursor.decode(cursor))
                .isInstanceOfSatisfying(ArticleRejected.class,
                        r -> assertThat(r.rejection()).isEqualTo(Rejection.INVALID_ARGUMENT))
                .hasMessageStartingWith("cursor");
    }
}
