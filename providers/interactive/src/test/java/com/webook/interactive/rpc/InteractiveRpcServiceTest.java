package com.webook.interactive.rpc;

import static com.webook.provider.support.error.AtTheBoundary.answerTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import com.webook.api.interactive.v1.InteractiveCounts;
import com.webook.api.interactive.v1.InteractiveErrorCode;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.interactive.v1.InteractiveView;
import com.webook.interactive.application.Collecting;
import com.webook.interactive.application.InMemoryFolders;
import com.webook.interactive.application.InMemoryInteractions;
import com.webook.interactive.application.Liking;
import com.webook.interactive.application.ManagingFolders;
import com.webook.interactive.application.ViewingInteractions;
import org.junit.jupiter.api.Test;

class InteractiveRpcServiceTest {

    @Test
    void answersArePackedIntoThePublishedRecords() {
        InMemoryFolders folders = new InMemoryFolders();
        InMemoryInteractions store = new InMemoryInteractions(folders);
        InteractiveService rpc = new InteractiveRpcService(new Liking(store), new Collecting(store),
                new ManagingFolders(folders, Clock.systemUTC(), 200), new ViewingInteractions(store));

        rpc.like("article", 7, 1, true);
        long folder = rpc.createCollection(1, "reading").id();
        rpc.collect("article", 7, 1, folder);

        assertThat(rpc.get("article", 7, 1)).isEqualTo(
                new InteractiveView(new InteractiveCounts("article", 7, 0, 1, 1), true, true));
        assertThat(rpc.getCounts("article", List.of(8L, 7L))).containsExactly(
                new InteractiveCounts("article", 8, 0, 0, 0), new InteractiveCounts("article", 7, 0, 1, 1));
        assertThat(answerTo(InteractiveService.class, "collect", () -> rpc.collect("article", 7, 2, folder)).errorCode())
                .isEqualTo(InteractiveErrorCode.COLLECTION_NOT_FOUND);
    }
}
