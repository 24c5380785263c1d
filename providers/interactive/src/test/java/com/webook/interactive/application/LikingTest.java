package com.webook.interactive.application;

import static com.webook.interactive.application.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikingTest {

    private final InMemoryInteractions store = new InMemoryInteractions();
    private final Liking liking = new Liking(store);
    private final BizObject article = new BizObject("article", 7);

    @Test
    void aLikeCountsOnceHoweverOftenItIsRepeated() {
        assertThat(liking.like("article", 7, 1, true)).isTrue();
        assertThat(liking.like("article", 7, 1, true)).isFalse();
        liking.like("article", 7, 2, true);

        assertThat(store.of(article)[1]).isEqualTo(2);
    }

    @Test
    void takingALikeBackCountsOnceAndOnlyWhenThereWasOne() {
        assertThat(liking.like("article", 7, 1, false)).as("never liked").isFalse();
        liking.like("article", 7, 1, true);

        assertThat(liking.like("article", 7, 1, false)).isTrue();
        assertThat(liking.like("article", 7, 1, false)).isFalse();
        assertThat(store.of(article)[1]).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            missing biz          | NULL                              | 7  | 1
            empty biz            | ''                                | 7  | 1
            upper case biz       | Article                           | 7  | 1
            biz with a dash      | hot-list                          | 7  | 1
            biz of 33 characters | abcdefghijabcdefghijabcdefghijabc | 7  | 1
            zero bizId           | article                           | 0  | 1
            negative bizId       | article                           | -7 | 1
            anonymous user       | article                           | 7  | 0
            negative user        | article                           | 7  | -1
            """)
    void badInputIsRefusedAndCountsNothing(String name, String biz, long bizId, long userId) {
        assertRejected(() -> liking.like(biz, bizId, userId, true), Rejection.INVALID_ARGUMENT);
        assertThat(store.likes).isEmpty();
        assertThat(store.counts).isEmpty();
    }

    @Test
    void aFailingStoreFailsTheLike() {
        store.failing = new IllegalStateException("MySQL down");

        assertThatThrownBy(() -> liking.like("article", 7, 1, true)).hasMessage("MySQL down");
    }
}
