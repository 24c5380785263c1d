package com.webook.interactive.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import com.webook.api.interactive.v1.InteractiveCounts;
import com.webook.api.interactive.v1.InteractiveErrorCode;
import com.webook.api.interactive.v1.InteractiveException;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.interactive.v1.InteractiveView;
import com.webook.interactive.application.Collecting;
import com.webook.interactive.application.InMemoryFolders;
import com.webook.interactive.application.InMemoryInteractions;
import com.webook.interactive.application.Liking;
import com.webook.interactive.application.ManagingFolders;
import com.webook.interactive.application.ViewingInteractions;
import com.webook.interactive.domain.InteractiveRejected;
import com.webook.interactive.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mockito;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

class InteractiveRpcServiceTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Rejection.class)
    void everyRejectionHasTheCodeOfTheSameName(Rejection rejection) {
        assertThat(InteractiveAssembler.codeOf(new InteractiveRejected(rejection, "x")).name())
                .isEqualTo(rejection.name());
    }

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
        assertThatThrownBy(() -> rpc.collect("article", 7, 2, folder))
                .isInstanceOfSatisfying(InteractiveException.class,
                        e -> assertThat(e.code()).isEqualTo(InteractiveErrorCode.COLLECTION_NOT_FOUND));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("rejection", new InteractiveRejected(Rejection.COLLECTION_NAME_TAKEN, "name taken"),
                        InteractiveErrorCode.COLLECTION_NAME_TAKEN, "name taken"),
                Arguments.of("MySQL unreachable", new DataAccessResourceFailureException("connect to 10.0.0.3:3306 refused"),
                        InteractiveErrorCode.SYSTEM_ERROR, "interactions are unavailable; please try again later"),
                Arguments.of("deadlock", new DeadlockLoserDataAccessException("Deadlock found in table interactives", null),
                        InteractiveErrorCode.SYSTEM_ERROR, "interactions are unavailable; please try again later"),
                Arguments.of("no transaction", new CannotCreateTransactionException("pool exhausted"),
                        InteractiveErrorCode.SYSTEM_ERROR, "interactions are unavailable; please try again later"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failuresBecomeInteractiveExceptionsWithoutInternals(String name, RuntimeException failure,
                                                             InteractiveErrorCode code, String message) {
        ManagingFolders folders = Mockito.mock(ManagingFolders.class);
        Mockito.when(folders.create(1, "reading")).thenThrow(failure);
        InteractiveService rpc = new InteractiveRpcService(Mockito.mock(Liking.class), Mockito.mock(Collecting.class),
                folders, Mockito.mock(ViewingInteractions.class));

        assertThatThrownBy(() -> rpc.createCollection(1, "reading"))
                .isInstanceOfSatisfying(InteractiveException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }
}
