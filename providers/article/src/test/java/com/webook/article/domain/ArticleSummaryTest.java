package com.webook.article.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleSummaryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            short content kept whole  | 5   | 5
            exactly 128               | 128 | 128
            longer cut at 128         | 300 | 128
            """)
    void theAbstractIsTheFirst128Characters(String name, int length, int expected) {
        assertThat(ArticleSummary.abstractOf("🚀".repeat(length))).isEqualTo("🚀".repeat(expected));
    }
}
