package com.webook.interactive.application;

import static com.webook.interactive.application.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Folder;
import com.webook.interactive.domain.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectingTest {

    private final InMemoryFolders folders = new InMemoryFolders();
    private final InMemoryInteractions store = new InMemoryInteractions(folders);
    private final Collecting collecting = new Collecting(store);
    private final BizObject article = new BizObject("article", 7);
    private Folder reading;
    private Folder later;
    private Folder someoneElses;

    @BeforeEach
    void folders() {
        reading = folders.store(1, "reading", Instant.EPOCH);
        later = folders.store(1, "later", Instant.EPOCH);
        someoneElses = folders.store(2, "reading", Instant.EPOCH);
    }

    @Test
    void collectingCountsOnceAndCollectingAgainMovesIt() {
        collecting.collect("article", 7, 1, reading.id());
        collecting.collect("article", 7, 1, later.id());
        collecting.collect("article", 7, 1, later.id());

        assertThat(store.of(article)[2]).isEqualTo(1);
        assertThat(store.itemsIn(reading.id())).isZero();
        assertThat(store.itemsIn(later.id())).isEqualTo(1);
    }

    @Test
    void uncollectingCountsOnceAndOnlyWhenCollected() {
        assertThat(collecting.uncollect("article", 7, 1)).isFalse();
        collecting.collect("article", 7, 1, reading.id());

        assertThat(collecting.uncollect("article", 7, 1)).isTrue();
        assertThat(collecting.uncollect("article", 7, 1)).isFalse();
        assertThat(store.of(article)[2]).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            someone else's folder | 3
            unknown folder        | 99
            zero folder           | 0
            negative folder       | -1
            """)
    void aFolderThatIsNotTheUsersIsNotFoundAndNothingIsCollected(String name, long folderId) {
        long folder = folderId == 3 ? someoneElses.id() : folderId;

        assertRejected(() -> collecting.collect("article", 7, 1, folder), Rejection.COLLECTION_NOT_FOUND);
        assertThat(store.collected).isEmpty();
        assertThat(store.of(article)[2]).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad biz        | Article | 7  | 1
            zero bizId     | article | 0  | 1
            anonymous user | article | 7  | 0
            """)
    void badInputIsRefused(String name, String biz, long bizId, long userId) {
        assertRejected(() -> collecting.collect(biz, bizId, userId, reading.id()), Rejection.INVALID_ARGUMENT);
        assertRejected(() -> collecting.uncollect(biz, bizId, userId), Rejection.INVALID_ARGUMENT);
        assertThat(store.collected).isEmpty();
    }

    @Test
    void aFailingStoreFailsTheCollect() {
        store.failing = new IllegalStateException("MySQL down");

        assertThatThrownBy(() -> collecting.collect("article", 7, 1, reading.id())).hasMessage("MySQL down");
        assertThatThrownBy(() -> collecting.uncollect("article", 7, 1)).hasMessage("MySQL down");
    }
}
