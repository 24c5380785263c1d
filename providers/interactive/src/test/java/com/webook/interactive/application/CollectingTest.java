package com.webook.interactive.application;

import static com.webook.interactive.application.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.webook.interactive.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What Collecting itself decides: bad input and folder ids that cannot be anyone's are refused before
 * the store is asked; a folder the store does not find for the user is "not found"; a failing store
 * fails the call. Counting once, moving, and finding a folder only through its owner are the SQL's
 * rules: RepositoryRulesIT and InteractiveServiceIT.
 */
class CollectingTest {

    private final InMemoryFolders folders = new InMemoryFolders();
    private final InMemoryInteractions store = new InMemoryInteractions(folders);
    private final Collecting collecting = new Collecting(store);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zero folder           | 0
            negative folder       | -1
            """)
    void aFolderIdThatCannotBeAnyonesIsNotFoundWithoutAskingTheStore(String name, long folderId) {
        store.failing = new IllegalStateException("the store must not be asked");

        assertRejected(() -> collecting.collect("article", 7, 1, folderId), Rejection.COLLECTION_NOT_FOUND);
    }

    @Test
    void aFolderTheStoreDoesNotFindForTheUserIsNotFound() {
        long someoneElses = folders.store(2, "reading", Instant.EPOCH).id();

        assertRejected(() -> collecting.collect("article", 7, 1, someoneElses), Rejection.COLLECTION_NOT_FOUND);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad biz        | Article | 7  | 1
            zero bizId     | article | 0  | 1
            anonymous user | article | 7  | 0
            """)
    void badInputIsRefusedBeforeTheStoreIsAsked(String name, String biz, long bizId, long userId) {
        long folder = folders.store(1, "reading", Instant.EPOCH).id();
        store.failing = new IllegalStateException("the store must not be asked");

        assertRejected(() -> collecting.collect(biz, bizId, userId, folder), Rejection.INVALID_ARGUMENT);
        assertRejected(() -> collecting.uncollect(biz, bizId, userId), Rejection.INVALID_ARGUMENT);
    }

    @Test
    void aFailingStoreFailsTheCollect() {
        long folder = folders.store(1, "reading", Instant.EPOCH).id();
        store.failing = new IllegalStateException("MySQL down");

        assertThatThrownBy(() -> collecting.collect("article", 7, 1, folder)).hasMessage("MySQL down");
        assertThatThrownBy(() -> collecting.uncollect("article", 7, 1)).hasMessage("MySQL down");
    }
}
