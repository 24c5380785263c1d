package com.webook.interactive.application;

import static com.webook.interactive.application.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.webook.interactive.domain.Folder;
import com.webook.interactive.domain.FolderRepository;
import com.webook.interactive.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What ManagingFolders itself decides: names are checked and trimmed, folders are stamped with its
 * clock, the store's answers become the caller's rejections, and ids and pages that cannot be right
 * are refused before the store is asked. Unique names per user, the limit count, finding a folder only
 * through its owner, paging and what a delete takes with it are the SQL's rules: RepositoryRulesIT and
 * InteractiveServiceIT.
 */
class ManagingFoldersTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final InMemoryFolders folders = new InMemoryFolders();
    private final ManagingFolders managing = new ManagingFolders(folders, Clock.fixed(NOW, ZoneOffset.UTC), 3);
    /** For what must be refused before the store is asked: this store fails every call. */
    private final ManagingFolders unasked = new ManagingFolders(new UnaskedFolders(), Clock.fixed(NOW, ZoneOffset.UTC), 3);

    @Test
    void deletingAFolderAnnouncesThatItsOwnersMarksChanged() {
        List<Long> announced = new ArrayList<>();
        ManagingFolders announcing = new ManagingFolders(folders, Clock.fixed(NOW, ZoneOffset.UTC), 3, announced::add);
        Folder folder = announcing.create(1, "to read");

        announcing.delete(1, folder.id());

        assertThat(announced).containsExactly(1L);
    }

    @Test
    void aNewFolderIsTrimmedEmptyAndStampedNow() {
        Folder folder = managing.create(1, "  to read  ");

        assertThat(folder.name()).isEqualTo("to read");
        assertThat(folder.itemCount()).isZero();
        assertThat(folder.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aNameTheStoreSaysIsTakenIsRefusedAsTaken() {
        Folder reading = managing.create(1, "reading");
        managing.create(1, "later");

        assertRejected(() -> managing.create(1, "reading"), Rejection.COLLECTION_NAME_TAKEN);
        assertRejected(() -> managing.rename(1, reading.id(), "later"), Rejection.COLLECTION_NAME_TAKEN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            missing name      | 1 | NULL
            empty name        | 1 | ''
            blank name        | 1 | '   '
            anonymous user    | 0 | reading
            negative user     | -1 | reading
            """)
    void badFoldersAreRefusedBeforeTheStoreIsAsked(String name, long userId, String folderName) {
        assertRejected(() -> unasked.create(userId, folderName), Rejection.INVALID_ARGUMENT);
        assertRejected(() -> unasked.rename(userId, 1, folderName), Rejection.INVALID_ARGUMENT);
    }

    @Test
    void aNameHasAtMost64CharactersAsPeopleCountThem() {
        assertThat(managing.create(1, "📚".repeat(64)).name()).hasSize(128);
        assertRejected(() -> managing.create(1, "x".repeat(65)), Rejection.INVALID_ARGUMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zero folder     | 0
            negative folder | -1
            """)
    void aFolderIdThatCannotBeAnyonesIsNotFoundWithoutAskingTheStore(String name, long folderId) {
        assertRejected(() -> unasked.rename(1, folderId, "mine now"), Rejection.COLLECTION_NOT_FOUND);
        assertRejected(() -> unasked.delete(1, folderId), Rejection.COLLECTION_NOT_FOUND);
    }

    @Test
    void aFolderTheStoreDoesNotFindForTheUserIsNotFound() {
        long someoneElses = managing.create(2, "reading").id();

        assertRejected(() -> managing.rename(1, someoneElses, "mine now"), Rejection.COLLECTION_NOT_FOUND);
        assertRejected(() -> managing.delete(1, someoneElses), Rejection.COLLECTION_NOT_FOUND);
    }

    @Test
    void whenTheStoreRefusesForTheLimitTheUserIsToldTheLimit() {
        managing.create(1, "a");
        managing.create(1, "b");
        managing.create(1, "c");

        assertRejected(() -> managing.create(1, "d"), Rejection.COLLECTION_LIMIT_REACHED);
    }

    @Test
    void pagesThatCannotBeRightAreRefusedBeforeTheStoreIsAsked() {
        assertRejected(() -> unasked.list(0, 0, 100), Rejection.INVALID_ARGUMENT);
        assertRejected(() -> unasked.list(1, -1, 10), Rejection.INVALID_ARGUMENT);
        assertRejected(() -> unasked.list(1, 0, 0), Rejection.INVALID_ARGUMENT);
        assertRejected(() -> unasked.list(1, 0, 101), Rejection.INVALID_ARGUMENT);
        assertThat(managing.list(1, 0, 100)).as("the largest page is fine").isEmpty();
    }

    private static final class UnaskedFolders implements FolderRepository {

        @Override
        public Optional<Folder> store(long userId, String name, Instant now, int maxFolders) {
            throw unexpected();
        }

        @Override
        public Optional<Folder> rename(long userId, long folderId, String name, Instant now) {
            throw unexpected();
        }

        @Override
        public boolean remove(long userId, long folderId) {
            throw unexpected();
        }

        @Override
        public List<Folder> findPage(long userId, int offset, int limit) {
            throw unexpected();
        }

        private static IllegalStateException unexpected() {
            return new IllegalStateException("the store must not be asked");
        }
    }
}
