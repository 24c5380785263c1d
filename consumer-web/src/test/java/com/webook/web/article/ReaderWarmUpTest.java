package com.webook.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.webook.api.article.v1.ArticleErrorCode;
import com.webook.api.article.v1.ArticleService;
import com.webook.api.common.v1.ServiceException;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.user.v1.UserErrorCode;
import com.webook.api.user.v1.UserService;
import org.junit.jupiter.api.Test;

/** The reader path is warmed before the web server starts; a provider that is not up never fails the start. */
class ReaderWarmUpTest {

    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void eachProviderOfTheReaderPathIsCalledAndNotFoundCountsAsAnAnswer() {
        ReaderWarmUp warmUp = new ReaderWarmUp(
                StandIn.of(ArticleService.class, Map.<String, Function<Object[], Object>>of("peekPublished", args -> {
                    calls.incrementAndGet();
                    throw new ServiceException(ArticleErrorCode.ARTICLE_NOT_FOUND, "no article");
                })),
                StandIn.of(InteractiveService.class, Map.<String, Function<Object[], Object>>of("get", args -> {
                    calls.incrementAndGet();
                    return null;
                }, "readerMarks", args -> {
                    calls.incrementAndGet();
                    return null;
                })),
                StandIn.of(UserService.class, Map.<String, Function<Object[], Object>>of("getProfile", args -> {
                    calls.incrementAndGet();
                    throw new ServiceException(UserErrorCode.USER_NOT_FOUND, "no user");
                })),
                3);

        assertThat(warmUp.warm()).containsExactly("article", "interactive", "user");
        assertThat(calls).hasValue(12);
    }

    @Test
    void aColdCallThatTimesOutIsFollowedByTheNext() {
        AtomicInteger tries = new AtomicInteger();
        ReaderWarmUp warmUp = new ReaderWarmUp(
                StandIn.of(ArticleService.class, Map.<String, Function<Object[], Object>>of("peekPublished", args -> null)),
                StandIn.of(InteractiveService.class, Map.<String, Function<Object[], Object>>of("get", args -> {
                    if (tries.incrementAndGet() == 1) {
                        throw new IllegalStateException("Timeout after 800ms waiting for result");
                    }
                    return null;
                }, "readerMarks", args -> null)),
                StandIn.of(UserService.class, Map.<String, Function<Object[], Object>>of("getProfile", args -> null)),
                3);

        assertThat(warmUp.warm()).containsExactly("article", "interactive", "user");
        assertThat(tries).hasValue(3);
    }

    @Test
    void aProviderThatIsNotUpIsSkippedAndTheStartGoesOn() {
        ReaderWarmUp warmUp = new ReaderWarmUp(
                StandIn.of(ArticleService.class, Map.<String, Function<Object[], Object>>of("peekPublished", args -> {
                    throw new IllegalStateException("No provider available");
                })),
                StandIn.of(InteractiveService.class, Map.<String, Function<Object[], Object>>of("get", args -> null,
                        "readerMarks", args -> null)),
                StandIn.of(UserService.class, Map.<String, Function<Object[], Object>>of("getProfile", args -> null)),
                3);

        warmUp.start();

        assertThat(warmUp.isRunning()).isTrue();
        assertThat(warmUp.warm()).containsExactly("interactive", "user");
    }
}
