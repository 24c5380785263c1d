package com.webook.interactive.application;

import static com.webook.interactive.application.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Counts;
import com.webook.interactive.domain.InteractionEvents;
import com.webook.interactive.domain.Marks;
import com.webook.interactive.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewingInteractionsTest {

    private final InMemoryFolders folders = new InMemoryFolders();
    private final InMemoryInteractions store = new InMemoryInteractions(folders);
    private final ViewingInteractions viewing = new ViewingInteractions(store);

    @Test
    void anUntouchedObjectHasZeroCountsAndNoFlags() {
        Interactions seen = viewing.one("article", 7, 1);

        assertThat(seen).isEqualTo(new Interactions(Counts.zero(new BizObject("article", 7)), false, false));
    }

    @Test
    void theUserSeesTheirOwnFlagsAndAnonymousReadersNone() {
        new Liking(store).like("article", 7, 1, true);
        new Collecting(store).collect("article", 7, 1, folders.store(1, "f", Instant.EPOCH).id());

        assertThat(viewing.one("article", 7, 1)).extracting(Interactions::liked, Interactions::collected)
                .containsExactly(true, true);
        assertThat(viewing.one("article", 7, 2)).extracting(Interactions::liked, Interactions::collected)
                .containsExactly(false, false);
        assertThat(viewing.one("article", 7, 0)).extracting(Interactions::liked, Interactions::collected)
                .containsExactly(false, false);
        assertThat(viewing.one("article", 7, 0).counts().likes()).isEqualTo(1);
    }

    @Test
    void aReadersMarksAreEveryObjectOfTheKindTheyLikeOrCollectedAndChangesAreAnnounced() {
        List<Long> announced = new ArrayList<>();
        List<String> events = new ArrayList<>();
        InteractionEvents eventLog = (target, user, change) -> events.add(change + " " + target.biz() + ":"
                + target.id() + " by " + user);
        Liking liking = new Liking(store, announced::add, eventLog);
        Collecting collecting = new Collecting(store, announced::add, eventLog);
        long folder = folders.store(1, "f", Instant.EPOCH).id();
        liking.like("article", 9, 1, true);
        liking.like("article", 7, 1, true);
        liking.like("article", 7, 1, true); // no change, nothing to announce
        liking.like("comment", 5, 1, true);
        liking.like("article", 8, 2, true);
        collecting.collect("article", 8, 1, folder);
        collecting.uncollect("article", 6, 1); // nothing was there

        assertThat(viewing.marks("article", 1, 10)).isEqualTo(new Marks(List.of(7L, 9L), List.of(8L), true));
        assertThat(viewing.marks("article", 1, 1)).as("more than asked for").extracting(Marks::complete).isEqualTo(false);
        assertThat(viewing.marks("article", 0, 10)).isEqualTo(Marks.NONE);
        assertThat(announced).containsExactly(1L, 1L, 1L, 2L, 1L);
        assertThat(events).as("only changes of state").containsExactly("LIKE article:9 by 1", "LIKE article:7 by 1",
                "LIKE comment:5 by 1", "LIKE article:8 by 2", "COLLECT article:8 by 1");
        liking.like("article", 7, 1, false);
        collecting.uncollect("article", 8, 1);
        assertThat(events).endsWith("UNLIKE article:7 by 1", "UNCOLLECT article:8 by 1");
    }

    @Test
    void aBatchAnswersEveryIdInTheAskedOrderRepeatsIncluded() {
        new Liking(store).like("article", 8, 1, true);

        List<Counts> counts = viewing.many("article", List.of(9L, 8L, 9L));

        assertThat(counts).extracting(c -> c.target().id()).containsExactly(9L, 8L, 9L);
        assertThat(counts).extracting(Counts::likes).containsExactly(0L, 1L, 0L);
        assertThat(viewing.many("article", List.of())).isEmpty();
    }

    @Test
    void aBatchOf500IsAnsweredAndOf501Refused() {
        List<Long> five100 = LongStream.rangeClosed(1, 500).boxed().toList();
        List<Long> five101 = LongStream.rangeClosed(1, 501).boxed().toList();

        assertThat(viewing.many("article", five100)).hasSize(500);
        assertRejected(() -> viewing.many("article", five101), Rejection.INVALID_ARGUMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            bad biz        | Article | 1,2
            missing biz    | NULL    | 1,2
            zero id        | article | 1,0
            negative id    | article | -1
            missing list   | article | NULL
            missing id     | article | 1,NULL
            """)
    void badBatchesAreRefused(String name, String biz, String ids) {
        List<Long> asked = ids == null ? null
                : Arrays.stream(ids.split(",")).map(id -> id.equals("NULL") ? null : Long.valueOf(id)).toList();

        assertRejected(() -> viewing.many(biz, asked), Rejection.INVALID_ARGUMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad biz       | a.b     | 7 | 1
            zero bizId    | article | 0 | 1
            negative user | article | 7 | -1
            """)
    void badSingleReadsAreRefused(String name, String biz, long bizId, long userId) {
        assertRejected(() -> viewing.one(biz, bizId, userId), Rejection.INVALID_ARGUMENT);
    }

    @Test
    void aFailingStoreFailsTheRead() {
        store.failing = new IllegalStateException("MySQL down");

        assertThatThrownBy(() -> viewing.one("article", 7, 1)).hasMessage("MySQL down");
        assertThatThrownBy(() -> viewing.many("article", List.of(7L))).hasMessage("MySQL down");
    }
}
