package com.webook.interactive.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.webook.interactive.application.Collecting;
import com.webook.interactive.application.Liking;
import com.webook.interactive.application.ManagingFolders;
import com.webook.interactive.domain.Folder;
import com.webook.interactive.domain.InteractiveRejected;
import com.webook.interactive.domain.Rejection;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules the repositories keep in SQL (a count moves exactly when the state it counts changes; a
 * folder is found only through its owner), through the use cases as the provider wires them, against
 * MariaDB. The use-case tests' in-memory fakes only imitate these rules, so they are asserted here.
 */
@ProviderIntegrationTest
class RepositoryRulesIT {

    @Autowired
    Liking liking;

    @Autowired
    Collecting collecting;

    @Autowired
    ManagingFolders folders;

    @Autowired
    JdbcTemplate jdbc;

    private final long article = Ids.fresh();
    private final long ada = Ids.fresh();
    private final long bob = Ids.fresh();

    @Test
    void aLikeCountsOnceHoweverOftenItIsRepeated() {
        assertThat(liking.like("article", article, ada, true)).as("first like").isTrue();
        assertThat(liking.like("article", article, ada, true)).as("again").isFalse();
        assertThat(liking.like("article", article, bob, true)).as("another user").isTrue();

        assertThat(count("like_cnt")).isEqualTo(2);
        assertThat(likeRows()).isEqualTo(2);
    }

    @Test
    void takingALikeBackCountsOnceAndOnlyWhenThereWasOne() {
        liking.like("article", article, bob, true);

        assertThat(liking.like("article", article, ada, false)).as("never liked").isFalse();
        assertThat(count("like_cnt")).as("bob's like is still counted").isEqualTo(1);

        liking.like("article", article, ada, true);
        assertThat(liking.like("article", article, ada, false)).isTrue();
        assertThat(liking.like("article", article, ada, false)).as("taken back already").isFalse();
        assertThat(count("like_cnt")).isEqualTo(1);

        assertThat(liking.like("article", article, ada, true)).as("liked again after taking it back").isTrue();
        assertThat(count("like_cnt")).isEqualTo(2);
    }

    @Test
    void uncollectingCountsOnceAndOnlyWhenCollected() {
        collecting.collect("article", article, bob, folders.create(bob, "bob's").id());

        assertThat(collecting.uncollect("article", article, ada)).as("never collected").isFalse();
        assertThat(count("collect_cnt")).as("bob's is still counted").isEqualTo(1);

        collecting.collect("article", article, ada, folders.create(ada, "reading").id());
        assertThat(collecting.uncollect("article", article, ada)).isTrue();
        assertThat(collecting.uncollect("article", article, ada)).as("taken out already").isFalse();
        assertThat(count("collect_cnt")).isEqualTo(1);
    }

    @Test
    void aFolderThatIsNotTheUsersIsNotFoundAndNothingIsCollectedOrMoved() {
        Folder bobs = folders.create(bob, "bob's");
        long unknown = Long.MAX_VALUE;

        assertRejected(() -> collecting.collect("article", article, ada, bobs.id()), Rejection.COLLECTION_NOT_FOUND);
        assertRejected(() -> collecting.collect("article", article, ada, unknown), Rejection.COLLECTION_NOT_FOUND);
        assertThat(collectedRows(ada)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM interactives WHERE biz = 'article' AND biz_id = ?",
                Integer.class, article)).as("no count row either").isZero();

        Folder adas = folders.create(ada, "reading");
        collecting.collect("article", article, ada, adas.id());
        assertRejected(() -> collecting.collect("article", article, ada, bobs.id()), Rejection.COLLECTION_NOT_FOUND);
        assertThat(jdbc.queryForObject("SELECT cid FROM user_collection_bizs WHERE uid = ? AND biz = 'article' AND biz_id = ?",
                Long.class, ada, article)).as("not moved into bob's folder").isEqualTo(adas.id());
        assertThat(count("collect_cnt")).isEqualTo(1);
    }

    @Test
    void aFolderThatIsNotTheUsersCannotBeRenamedOrDeleted() {
        Folder bobs = folders.create(bob, "bob's");
        long unknown = Long.MAX_VALUE;

        for (long folder : new long[] {bobs.id(), unknown}) {
            assertRejected(() -> folders.rename(ada, folder, "mine now"), Rejection.COLLECTION_NOT_FOUND);
            assertRejected(() -> folders.delete(ada, folder), Rejection.COLLECTION_NOT_FOUND);
        }

        assertThat(folders.list(bob, 0, 100)).extracting(Folder::id, Folder::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(bobs.id(), "bob's"));
        assertThat(folders.list(ada, 0, 100)).isEmpty();
    }

    @Test
    void renamingAFolderToItsOwnNameKeepsIt() {
        Folder reading = folders.create(ada, "reading");

        Folder same = folders.rename(ada, reading.id(), "reading");

        assertThat(same.id()).isEqualTo(reading.id());
        assertThat(same.name()).isEqualTo("reading");
    }

    /** The limit is 5 here (application-it.yml); the count is taken in the INSERT itself. */
    @Test
    void aUserAtTheMostFoldersMayCreateOneAgainAfterDeletingOne() {
        List<Folder> five = List.of(folders.create(ada, "1"), folders.create(ada, "2"), folders.create(ada, "3"),
                folders.create(ada, "4"), folders.create(ada, "5"));
        assertRejected(() -> folders.create(ada, "6"), Rejection.COLLECTION_LIMIT_REACHED);

        folders.delete(ada, five.get(0).id());

        assertThat(folders.create(ada, "6").name()).isEqualTo("6");
        assertRejected(() -> folders.create(ada, "7"), Rejection.COLLECTION_LIMIT_REACHED);
        assertThat(folders.list(ada, 0, 100)).extracting(Folder::name).containsExactly("2", "3", "4", "5", "6");
    }

    private long count(String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM interactives WHERE biz = 'article' AND biz_id = ?",
                Long.class, article);
    }

    private int likeRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_like_bizs WHERE biz = 'article' AND biz_id = ? AND status = 1",
                Integer.class, article);
    }

    private int collectedRows(long uid) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_collection_bizs WHERE uid = ?", Integer.class, uid);
    }

    private static void assertRejected(ThrowingCallable call, Rejection rejection) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InteractiveRejected.class,
                r -> assertThat(r.rejection()).isEqualTo(rejection));
    }
}
