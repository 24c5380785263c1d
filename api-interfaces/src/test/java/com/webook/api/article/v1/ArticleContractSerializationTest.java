package com.webook.api.article.v1;

import static com.webook.api.common.v1.Hessian2RoundTrip.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every record of the article contract, and its rejections, survive Dubbo's Hessian2 serialization. */
class ArticleContractSerializationTest {

    static Stream<Arguments> records() {
        Instant created = Instant.parse("2026-11-28T08:15:30.123Z");
        Instant updated = Instant.parse("2026-11-28T09:00:00.456Z");
        return Stream.of(
                Arguments.of("new draft", new SaveArticleRequest(7L, 0L, "Hello", "# Hi\n\n*world* 🚀")),
                Arguments.of("edit with SQL metacharacters", new SaveArticleRequest(7L, 42L, "a'; DROP--", "")),
                Arguments.of("summary", new ArticleSummary(42L, 7L, "Hello", "Hi world", ArticleStatus.PUBLISHED,
                        created, updated)),
                Arguments.of("view", new ArticleView(42L, 7L, "Hello", "# Hi", ArticleStatus.PRIVATE, created, updated)),
                Arguments.of("page with cursor", new PublishedPage(List.of(
                        new ArticleSummary(2L, 7L, "b", "b", ArticleStatus.PUBLISHED, created, updated),
                        new ArticleSummary(1L, 8L, "a", "a", ArticleStatus.PUBLISHED, created, created)), "c-1")),
                Arguments.of("last page", new PublishedPage(List.of(), null)),
                Arguments.of("read event", new ArticleReadEvent("e-1", 42L, 0L, 1_795_000_000_000L, "client:abc")),
                Arguments.of("published event", new ArticlePublishedEvent("e-2", 42L, 7L, "Hello", 1_795_000_000_000L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void recordSurvivesRoundTrip(String name, Object record) {
        assertThat(roundTrip(record)).isEqualTo(record).isNotSameAs(record);
    }

    @Test
    void statusesAreStoredByTheirNumber() {
        for (ArticleStatus status : ArticleStatus.values()) {
            assertThat(ArticleStatus.of(status.value())).isSameAs(status);
        }
        assertThatThrownBy(() -> ArticleStatus.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
