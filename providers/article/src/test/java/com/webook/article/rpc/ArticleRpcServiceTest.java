package com.webook.article.rpc;

import static com.webook.provider.support.error.AtTheBoundary.answerTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.webook.api.article.v1.ArticleErrorCode;
import com.webook.api.article.v1.ArticleService;
import com.webook.api.article.v1.SaveArticleRequest;
import com.webook.api.common.v1.ServiceException;
import com.webook.article.application.PublishingArticle;
import com.webook.article.application.ReadingArticles;
import com.webook.article.application.SavingArticle;
import com.webook.article.application.ViewingOwnArticles;
import com.webook.article.application.WithdrawingArticle;
import com.webook.article.domain.ArticleRejected;
import com.webook.article.domain.ArticleStatus;
import com.webook.article.domain.Draft;
import com.webook.article.domain.Rejection;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ArticleRpcServiceTest {

    private final SavingArticle saving = mock(SavingArticle.class);
    private final PublishingArticle publishing = mock(PublishingArticle.class);
    private final WithdrawingArticle withdrawing = mock(WithdrawingArticle.class);
    private final ViewingOwnArticles own = mock(ViewingOwnArticles.class);
    private final ReadingArticles reading = mock(ReadingArticles.class);
    private final ArticleRpcService rpc = new ArticleRpcService(saving, publishing, withdrawing, own, reading);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Rejection.class)
    void everyRejectionReachesTheCallerAsTheCodeOfTheSameNameWithItsMessage(Rejection rejection) {
        when(saving.save(any(Draft.class))).thenThrow(new ArticleRejected(rejection, "why"));

        ServiceException answer = answerTo(ArticleService.class, "save", () -> rpc.save(new SaveArticleRequest(1, 0, "t", "c")));

        assertThat(answer.errorCode().toString()).isEqualTo(rejection.name());
        assertThat(answer).hasMessage("why");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no save request           | save          | INVALID_ARGUMENT
            no publish request        | publish       | INVALID_ARGUMENT
            withdraw by author 0      | withdrawBy0   | INVALID_ARGUMENT
            withdraw of id 0          | withdraw0     | ARTICLE_NOT_FOUND
            author's article id -1    | getByAuthor   | ARTICLE_NOT_FOUND
            author list by author 0   | listByAuthor  | INVALID_ARGUMENT
            reader's article id 0     | getPublished  | ARTICLE_NOT_FOUND
            foreign cursor            | listPublished | INVALID_ARGUMENT
            """)
    void malformedCallsAreRefusedBeforeAnyUseCase(String name, String call, ArticleErrorCode code) {
        ThrowingCallable calling = switch (call) {
            case "save" -> () -> rpc.save(null);
            case "publish" -> () -> rpc.publish(null);
            case "withdrawBy0" -> () -> rpc.withdraw(0, 5);
            case "withdraw0" -> () -> rpc.withdraw(1, 0);
            case "getByAuthor" -> () -> rpc.getByAuthor(1, -1);
            case "listByAuthor" -> () -> rpc.listByAuthor(0, 0, 10);
            case "getPublished" -> () -> rpc.getPublished(0, 0, null);
            case "listPublished" -> () -> rpc.listPublished("not-a-cursor", 10);
            default -> throw new IllegalArgumentException(call);
        };

        assertThat(answerTo(ArticleService.class, call, calling).errorCode()).isEqualTo(code);
        verifyNoInteractions(saving, publishing, withdrawing, own, reading);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ArticleStatus.class)
    void everyStatusIsPublishedUnderItsNameAndStoredValue(ArticleStatus status) {
        assertThat(ArticleAssembler.toStatus(status).name()).isEqualTo(status.name());
        assertThat(ArticleAssembler.toStatus(status).value()).isEqualTo(status.value());
    }
}
