package com.webook.interactive.application;

import static com.webook.interactive.application.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Folder;
import com.webook.interactive.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManagingFoldersTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final InMemoryFolders folders = new InMemoryFolders();
    private final InMemoryInteractions store = new InMemoryInteractions(folders);
    private final ManagingFolders managing = new ManagingFolders(folders, Clock.fixed(NOW, ZoneOffset.UTC), 3);
    private final Collecting collecting = new Collecting(store);

    @Test
    void aNewFolderIsTrimmedEmptyAndStampedNow() {
        Folder folder = managing.create(1, "  to read  ");

        assertThat(folder.name()).isEqualTo("to read");
        assertThat(folder.itemCount()).isZero();
        assertThat(folder.createdAt()).isEqualTo(NOW);
        assertThat(managing.list(1, 0, 100)).containsExactly(folder);
    }

    @Test
    void namesAreUniquePerUserOnly() {
        managing.create(1, "reading");

        assertRejected(() -> managing.create(1, "reading"), Rejection.COLLECTION_NAME_TAKEN);
        assertThat(managing.create(2, "reading").userId()).isEqualTo(2);
        assertThat(managing.list(1, 0, 100)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            missing name      | 1 | NULL
            empty name        | 1 | ''
            blank name        | 1 | '   '
            anonymous user    | 0 | reading
            negative user     | -1 | reading
            """)
    void badFoldersAreRefusedAndNothingIsStored(String name, long userId, String folderName) {
        assertRejected(() -> managing.create(userId, folderName), Rejection.INVALID_ARGUMENT);
        assertThat(folders.folders).isEmpty();
    }

    @Test
    void aNameHasAtMost64CharactersAsPeopleCountThem() {
        assertThat(managing.create(1, "📚".repeat(64)).name()).hasSize(128);
        assertRejected(() -> managing.create(1, "x".repeat(65)), Rejection.INVALID_ARGUMENT);
    }

    @Test
    void renamingKeepsTheFolderAndRefusesATakenName() {
        Folder reading = managing.create(1, "reading");
        managing.create(1, "later");

        Folder renamed = managing.rename(1, reading.id(), "read now");

        assertThat(renamed.id()).isEqualTo(reading.id());
        assertThat(renamed.name()).isEqualTo("read now");
        assertRejected(() -> managing.rename(1, reading.id(), "later"), Rejection.COLLECTION_NAME_TAKEN);
        assertThat(managing.rename(1, reading.id(), "read now").name()).as("its own name is not taken").isEqualTo("read now");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            someone else's folder | 2 | 1
            unknown folder        | 1 | 99
            zero folder           | 1 | 0
            """)
    void foldersThatAreNotTheUsersAreNotFound(String name, long userId, long folderId) {
        managing.create(1, "reading");

        assertRejected(() -> managing.rename(userId, folderId, "mine now"), Rejection.COLLECTION_NOT_FOUND);
        assertRejected(() -> managing.delete(userId, folderId), Rejection.COLLECTION_NOT_FOUND);
        assertThat(managing.list(1, 0, 100)).extracting(Folder::name).containsExactly("reading");
    }

    @Test
    void deletingAFolderTakesItsObjectsOutAndTheirCountsDown() {
        Folder reading = managing.create(1, "reading");
        Folder later = managing.create(1, "later");
        collecting.collect("article", 7, 1, reading.id());
        collecting.collect("article", 8, 1, reading.id());
        collecting.collect("article", 9, 1, later.id());
        collecting.collect("article", 7, 2, managing.create(2, "mine").id());

        managing.delete(1, reading.id());

        assertThat(managing.list(1, 0, 100)).extracting(Folder::name).containsExactly("later");
        assertThat(store.of(new BizObject("article", 7))[2]).as("user 2 still has it").isEqualTo(1);
        assertThat(store.of(new BizObject("article", 8))[2]).isZero();
        assertThat(store.of(new BizObject("article", 9))[2]).isEqualTo(1);
        assertThat(store.isCollected(new BizObject("article", 7), 1)).isFalse();
    }

    @Test
    void listingShowsOnlyTheUsersFoldersOldestFirst() {
        managing.create(1, "b");
        managing.create(2, "x");
        managing.create(1, "a");

        assertThat(managing.list(1, 0, 100)).extracting(Folder::name).containsExactly("b", "a");
        assertRejected(() -> managing.list(0, 0, 100), Rejection.INVALID_ARGUMENT);
    }

    @Test
    void aUserHasAtMostTheMostFoldersAndMayCreateAgainAfterDeletingOne() {
        Folder first = managing.create(1, "a");
        managing.create(1, "b");
        managing.create(1, "c");
        managing.create(2, "others are not counted");

        assertRejected(() -> managing.create(1, "d"), Rejection.COLLECTION_LIMIT_REACHED);
        assertThat(managing.list(1, 0, 100)).hasSize(3);

        managing.delete(1, first.id());
        assertThat(managing.create(1, "d").name()).isEqualTo("d");
    }

    @Test
    void foldersComeAPageAtATime() {
        managing.create(1, "a");
        managing.create(1, "b");
        managing.create(1, "c");

        assertThat(managing.list(1, 0, 2)).extracting(Folder::name).containsExactly("a", "b");
        assertThat(managing.list(1, 2, 2)).extracting(Folder::name).containsExactly("c");
        assertRejected(() -> managing.list(1, -1, 10), Rejection.INVALID_ARGUMENT);
        assertRejected(() -> managing.list(1, 0, 0), Rejection.INVALID_ARGUMENT);
        assertRejected(() -> managing.list(1, 0, 101), Rejection.INVALID_ARGUMENT);
    }
}
