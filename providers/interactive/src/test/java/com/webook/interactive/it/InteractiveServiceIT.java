package com.webook.interactive.it;

import static com.webook.provider.support.error.Incidents.assertIncident;
import static com.webook.provider.support.error.Incidents.assertRejected;
import static com.webook.provider.support.error.Incidents.withoutTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.interactive.v1.CollectionFolder;
import com.webook.api.interactive.v1.InteractiveCounts;
import com.webook.api.interactive.v1.InteractiveErrorCode;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.interactive.v1.InteractiveView;
import com.webook.api.interactive.v1.ReaderMarks;
import com.webook.governance.testkit.Concurrently;
import com.webook.interactive.domain.BizObject;
import com.webook.interactive.infrastructure.cache.RedisCountsCache;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import com.webook.provider.support.testing.RemoteServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The interactive provider's contract, called over Triple through the etcd registry, against the real stores. */
@ProviderIntegrationTest
class InteractiveServiceIT {

    @Autowired
    RemoteServices remote;

    InteractiveService interactive;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    private final long article = Ids.fresh();
    private final long ada = Ids.fresh();
    private final long bob = Ids.fresh();

    @BeforeEach
    void providerIsDiscovered() {
        interactive = remote.discovered(InteractiveService.class);
    }

    @Test
    void aLikeIsStoredOnceCountedOnceAndTakenBackOnce() {
        interactive.like("article", article, ada, true);
        interactive.like("article", article, ada, true);
        assertThat(row(article)).containsEntry("like_cnt", 1L);
        assertThat(likeStatus(article, ada)).isEqualTo(1);

        interactive.like("article", article, ada, false);
        interactive.like("article", article, ada, false);

        assertThat(row(article)).containsEntry("like_cnt", 0L);
        assertThat(likeStatus(article, ada)).as("kept, marked taken back").isEqualTo(0);
        assertThat(interactive.get("article", article, ada).liked()).isFalse();
    }

    @Test
    void aReaderSeesTheirOwnLikeAndCollectionOnlyInOneLookUp() {
        long bob = Ids.fresh();
        interactive.like("article", article, ada, true);
        interactive.collect("article", article, ada, interactive.createCollection(ada, "mine").id());
        interactive.like("article", article, bob, true);
        interactive.like("article", article, bob, false);

        assertThat(interactive.get("article", article, ada)).isEqualTo(
                new InteractiveView(new InteractiveCounts("article", article, 0, 1, 1), true, true));
        assertThat(interactive.get("article", article, bob)).as("taken back, never collected").isEqualTo(
                new InteractiveView(new InteractiveCounts("article", article, 0, 1, 1), false, false));
    }

    @Test
    void aReadersMarksListWhatTheyLikeAndCollectedAndEveryChangeIsAnnounced() {
        long other = Ids.fresh();
        interactive.like("article", article, ada, true);
        interactive.like("article", other, ada, true);
        interactive.like("article", other, ada, false);
        interactive.collect("article", other, ada, interactive.createCollection(ada, "mine").id());

        assertThat(interactive.readerMarks("article", ada))
                .isEqualTo(new ReaderMarks(List.of(article), List.of(other), true));
        assertThat(interactive.readerMarks("article", 0)).isEqualTo(new ReaderMarks(List.of(), List.of(), true));
        List<String> announced = redis.opsForStream().range(InteractiveService.READER_CHANGES_FEED, Range.unbounded())
                .stream().map(entry -> String.valueOf(entry.getValue().get("v"))).filter(Long.toString(ada)::equals)
                .toList();
        assertThat(announced).as("like, like, unlike, collect").hasSize(4);
    }

    @Test
    void fiftySimultaneousLikesByOneUserCountOne() throws Exception {
        Concurrently.all(50, i -> () -> {
            interactive.like("article", article, ada, true);
            return null;
        });

        assertThat(row(article)).containsEntry("like_cnt", 1L);
        assertThat(interactive.get("article", article, ada)).isEqualTo(
                new InteractiveView(new InteractiveCounts("article", article, 0, 1, 0), true, false));
    }

    @Test
    void simultaneousLikesAndUnlikesByManyUsersEndExactlyWhereTheirStatesSay() throws Exception {
        long[] users = LongStream.range(0, 40).map(i -> Ids.fresh()).toArray();
        Concurrently.all(80, i -> () -> {
            interactive.like("article", article, users[i % 40], i < 40 || i % 2 == 0);
            return null;
        });

        int liked = jdbc.queryForObject("SELECT COUNT(*) FROM user_like_bizs WHERE biz = 'article' AND biz_id = ? AND status = 1",
                Integer.class, article);
        assertThat(row(article).get("like_cnt")).isEqualTo((long) liked);
    }

    @Test
    void aReadFillsTheCacheForFifteenMinutesAndALikeIncrementsIt() {
        String key = RedisCountsCache.key(new BizObject("article", article));
        assertThat(interactive.get("article", article, 0).counts().likeCount()).isZero();
        assertThat(redis.<String, String>opsForHash().entries(key))
                .isEqualTo(Map.of("read_cnt", "0", "like_cnt", "0", "collect_cnt", "0"));
        assertThat(redis.getExpire(key)).isBetween(14 * 60L, 15 * 60L);

        interactive.like("article", article, ada, true);

        assertThat(redis.opsForHash().get(key, "like_cnt")).isEqualTo("1");
        assertThat(interactive.get("article", article, 0).counts().likeCount()).isEqualTo(1);
    }

    @Test
    void aWriteToAnUncachedObjectLeavesTheCacheAlone() {
        interactive.like("article", article, ada, true);

        assertThat(redis.hasKey(RedisCountsCache.key(new BizObject("article", article)))).isFalse();
        assertThat(interactive.get("article", article, ada).counts().likeCount()).isEqualTo(1);
    }

    @Test
    void collectingAgainMovesTheObjectAndCountsItOnce() {
        CollectionFolder reading = interactive.createCollection(ada, "reading");
        CollectionFolder later = interactive.createCollection(ada, "later");

        interactive.collect("article", article, ada, reading.id());
        interactive.collect("article", article, ada, later.id());
        interactive.collect("article", article, ada, later.id());

        assertThat(row(article)).containsEntry("collect_cnt", 1L);
        assertThat(jdbc.queryForObject("SELECT cid FROM user_collection_bizs WHERE uid = ? AND biz = 'article' AND biz_id = ?",
                Long.class, ada, article)).isEqualTo(later.id());
        assertThat(interactive.listCollections(ada, 0, 100)).extracting(CollectionFolder::name, CollectionFolder::itemCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reading", 0L),
                        org.assertj.core.groups.Tuple.tuple("later", 1L));
        assertThat(interactive.get("article", article, ada).collected()).isTrue();

        interactive.uncollect("article", article, ada);
        interactive.uncollect("article", article, ada);
        assertThat(row(article)).containsEntry("collect_cnt", 0L);
        assertThat(interactive.get("article", article, ada).collected()).isFalse();
    }

    @Test
    void someoneElsesFolderIsNotFoundAndNothingIsCollected() {
        CollectionFolder bobs = interactive.createCollection(bob, "bob's");

        assertRejected(() -> interactive.collect("article", article, ada, bobs.id()), InteractiveErrorCode.COLLECTION_NOT_FOUND);
        assertRejected(() -> interactive.renameCollection(ada, bobs.id(), "mine"), InteractiveErrorCode.COLLECTION_NOT_FOUND);
        assertRejected(() -> interactive.deleteCollection(ada, bobs.id()), InteractiveErrorCode.COLLECTION_NOT_FOUND);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_collection_bizs WHERE uid = ?", Integer.class, ada)).isZero();
        assertThat(interactive.listCollections(bob, 0, 100)).extracting(CollectionFolder::name).containsExactly("bob's");
    }

    @Test
    void folderNamesAreUniquePerUserAndCompareExactly() {
        CollectionFolder books = interactive.createCollection(ada, "📚");

        assertRejected(() -> interactive.createCollection(ada, " 📚 "), InteractiveErrorCode.COLLECTION_NAME_TAKEN);
        assertThat(interactive.createCollection(ada, "🎵").name()).as("another emoji is another name").isEqualTo("🎵");
        assertThat(interactive.createCollection(ada, "Reading").name()).isEqualTo("Reading");
        assertThat(interactive.createCollection(ada, "reading").name()).isEqualTo("reading");
        assertThat(interactive.createCollection(bob, "📚").userId()).isEqualTo(bob);
        assertRejected(() -> interactive.renameCollection(ada, books.id(), "🎵"), InteractiveErrorCode.COLLECTION_NAME_TAKEN);

        CollectionFolder renamed = interactive.renameCollection(ada, books.id(), "稍后阅读");
        assertThat(renamed.name()).isEqualTo("稍后阅读");
        assertThat(renamed.id()).isEqualTo(books.id());
        assertThat(interactive.listCollections(ada, 0, 100)).extracting(CollectionFolder::name)
                .containsExactly("稍后阅读", "🎵", "Reading", "reading");
    }

    /** What was found: 150 folders in 4 s, and listing them all at once. Here the limit is 5 (application-it.yml). */
    @Test
    void aUserHasAtMostTheMostFoldersAndListsThemAPageAtATime() {
        for (int i = 1; i <= 5; i++) {
            interactive.createCollection(ada, "folder " + i);
        }

        assertRejected(() -> interactive.createCollection(ada, "one too many"), InteractiveErrorCode.COLLECTION_LIMIT_REACHED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collections WHERE uid = ?", Integer.class, ada)).isEqualTo(5);
        assertThat(interactive.listCollections(ada, 0, 2)).extracting(CollectionFolder::name)
                .containsExactly("folder 1", "folder 2");
        assertThat(interactive.listCollections(ada, 4, 2)).extracting(CollectionFolder::name).containsExactly("folder 5");
        assertRejected(() -> interactive.listCollections(ada, 0, 101), InteractiveErrorCode.INVALID_ARGUMENT);
        assertThat(interactive.createCollection(bob, "bob is not counted").userId()).isEqualTo(bob);
    }

    @Test
    void deletingAFolderTakesItsObjectsOutAndMovesTheirCountsRowsAndCache() {
        long other = Ids.fresh();
        CollectionFolder reading = interactive.createCollection(ada, "reading");
        CollectionFolder kept = interactive.createCollection(ada, "kept");
        interactive.collect("article", article, ada, reading.id());
        interactive.collect("article", other, ada, reading.id());
        interactive.collect("article", article, bob, interactive.createCollection(bob, "b").id());
        interactive.collect("article", Ids.fresh(), ada, kept.id());
        interactive.get("article", article, 0); // cached: the delete must move it too

        interactive.deleteCollection(ada, reading.id());

        assertThat(row(article)).containsEntry("collect_cnt", 1L);
        assertThat(row(other)).containsEntry("collect_cnt", 0L);
        assertThat(redis.opsForHash().get(RedisCountsCache.key(new BizObject("article", article)), "collect_cnt"))
                .isEqualTo("1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_collection_bizs WHERE cid = ?", Integer.class,
                reading.id())).isZero();
        assertThat(interactive.listCollections(ada, 0, 100)).extracting(CollectionFolder::name).containsExactly("kept");
        assertRejected(() -> interactive.collect("article", article, ada, reading.id()), InteractiveErrorCode.COLLECTION_NOT_FOUND);
    }

    @Test
    void batchCountsComeInTheAskedOrderWithZerosFromOneStatementAndTheCache() {
        long a = Ids.fresh();
        long b = Ids.fresh();
        long unknown = Ids.fresh();
        interactive.like("article", a, ada, true);
        interactive.like("article", b, ada, true);
        interactive.like("article", b, bob, true);
        interactive.get("article", a, 0); // a from the cache, b and unknown from MySQL

        List<InteractiveCounts> counts = interactive.getCounts("article", List.of(b, unknown, a, b));

        assertThat(counts).containsExactly(
                new InteractiveCounts("article", b, 0, 2, 0),
                new InteractiveCounts("article", unknown, 0, 0, 0),
                new InteractiveCounts("article", a, 0, 1, 0),
                new InteractiveCounts("article", b, 0, 2, 0));
        assertThat(redis.hasKey(RedisCountsCache.key(new BizObject("article", unknown)))).as("zeros cached too").isTrue();
        assertThat(interactive.getCounts("article", LongStream.rangeClosed(1, 500).boxed().toList())).hasSize(500);
        assertRejected(() -> interactive.getCounts("article", LongStream.rangeClosed(1, 501).boxed().toList()),
                InteractiveErrorCode.INVALID_ARGUMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SQL in biz       | article' OR '1'='1 | 7
            upper case biz   | ARTICLE            | 7
            zero bizId       | article            | 0
            """)
    void badInputIsRefusedAndWritesNothing(String name, String biz, long bizId) {
        assertRejected(() -> interactive.like(biz, bizId, ada, true), InteractiveErrorCode.INVALID_ARGUMENT);
        assertRejected(() -> interactive.get(biz, bizId, ada), InteractiveErrorCode.INVALID_ARGUMENT);
        assertRejected(() -> interactive.createCollection(ada, "x".repeat(65)), InteractiveErrorCode.INVALID_ARGUMENT);
        assertRejected(() -> interactive.createCollection(0, "anonymous"), InteractiveErrorCode.INVALID_ARGUMENT);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_like_bizs WHERE uid = ?", Integer.class, ada)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collections WHERE uid = ?", Integer.class, ada)).isZero();
    }

    /** Liking as any user, from another platform app or from outside the platform: refused, nothing written. */
    @Test
    void onlyConsumerWebMayCallAndNothingIsWrittenForAnyoneElse() {
        remote.assertOnlyAllowedCallers(InteractiveService.class, "webook-article", "like",
                "[\"article\"," + article + "," + ada + ",true]");
        remote.assertOnlyAllowedCallers(InteractiveService.class, "webook-article", "createCollection",
                "[" + ada + ",\"mine\"]");
        remote.assertOnlyAllowedCallers(InteractiveService.class, "webook-article", "readerMarks",
                "[\"article\"," + ada + "]");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_like_bizs WHERE uid = ?", Integer.class, ada)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collections WHERE uid = ?", Integer.class, ada)).isZero();
    }

    private Map<String, Object> row(long bizId) {
        return jdbc.queryForMap("SELECT read_cnt, like_cnt, collect_cnt FROM interactives WHERE biz = 'article' AND biz_id = ?",
                bizId);
    }

    private Integer likeStatus(long bizId, long uid) {
        return jdbc.queryForObject("SELECT status FROM user_like_bizs WHERE biz = 'article' AND biz_id = ? AND uid = ?",
                Integer.class, bizId, uid);
    }

    @Test
    void aStorageFailureReachesTheCallerAsAnIncidentLoggedOnce() {
        withoutTable(jdbc, "collections",
                () -> assertIncident(PlatformErrorCode.INTERNAL, () -> interactive.listCollections(1, 0, 10)));
    }
}
