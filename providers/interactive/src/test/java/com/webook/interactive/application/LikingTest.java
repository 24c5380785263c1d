package com.webook.interactive.application;

import static com.webook.interactive.application.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.webook.interactive.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What Liking itself decides: bad input never reaches the store, and a failing store fails the like.
 * That a like counts once and only when it changes is the SQL's rule: RepositoryRulesIT.
 */
class LikingTest {

    private final InMemoryInteractions store = new InMemoryInteractions();
    private final Liking liking = new Liking(store);

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
    void badInputIsRefusedBeforeTheStoreIsAsked(String name, String biz, long bizId, long userId) {
        store.failing = new IllegalStateException("the store must not be asked");

        assertRejected(() -> liking.like(biz, bizId, userId, true), Rejection.INVALID_ARGUMENT);
        assertRejected(() -> liking.like(biz, bizId, userId, false), Rejection.INVALID_ARGUMENT);
    }

    @Test
    void aFailingStoreFailsTheLike() {
        store.failing = new IllegalStateException("MySQL down");

        assertThatThrownBy(() -> liking.like("article", 7, 1, true)).hasMessage("MySQL down");
    }
}
