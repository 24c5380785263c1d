package com.webook.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import com.webook.api.article.v1.ArticleErrorCode;
import com.webook.api.code.v1.CodeErrorCode;
import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ErrorKind;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import com.webook.api.interactive.v1.InteractiveErrorCode;
import com.webook.api.user.v1.UserErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            INVALID,         BAD_REQUEST
            UNAUTHENTICATED, UNAUTHORIZED
            FORBIDDEN,       FORBIDDEN
            NOT_FOUND,       NOT_FOUND
            CONFLICT,        CONFLICT
            THROTTLED,       TOO_MANY_REQUESTS
            UNAVAILABLE,     SERVICE_UNAVAILABLE
            INTERNAL,        INTERNAL_SERVER_ERROR
            """)
    void everyKindHasItsStatus(ErrorKind kind, HttpStatus status) {
        assertThat(ApiExceptionHandler.statusOf(codeOf(kind))).isEqualTo(status);
    }

    /** The answers users of the Go original know, now decided by the codes' kinds. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            EMAIL_TAKEN,           CONFLICT
            INVALID_CREDENTIALS,   UNAUTHORIZED
            USER_NOT_FOUND,        NOT_FOUND
            WRONG_CODE,            BAD_REQUEST
            CODE_EXPIRED,          BAD_REQUEST
            TOO_FREQUENT,          TOO_MANY_REQUESTS
            TOO_MANY_ATTEMPTS,     TOO_MANY_REQUESTS
            SEND_FAILED,           SERVICE_UNAVAILABLE
            ARTICLE_NOT_FOUND,     NOT_FOUND
            NOT_AUTHOR,            FORBIDDEN
            DRAFT_LIMIT_REACHED,   CONFLICT
            COLLECTION_NOT_FOUND,  NOT_FOUND
            COLLECTION_NAME_TAKEN, CONFLICT
            """)
    void knownRejectionsKeepTheirStatus(String name, HttpStatus status) {
        ErrorCode code = Stream.<ErrorCode[]>of(UserErrorCode.values(), CodeErrorCode.values(),
                        ArticleErrorCode.values(), InteractiveErrorCode.values())
                .flatMap(Arrays::stream).filter(c -> c.toString().equals(name)).findFirst().orElseThrow();

        assertThat(ApiExceptionHandler.statusOf(code)).isEqualTo(status);
    }

    @Test
    void aDeclaredRejectionIsShownWithItsOwnMessage() {
        ResponseEntity<Envelope<Void>> answer = handler.answeredByProvider(
                new ServiceException(CodeErrorCode.SEND_FAILED, "the SMS could not be sent; please try again"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getBody().code()).isEqualTo(504002);
        assertThat(answer.getBody().msg()).isEqualTo("the SMS could not be sent; please try again");
    }

    @Test
    void aProvidersFlowRuleIsA429WithRetryAfter() {
        ResponseEntity<Envelope<Void>> answer = handler.answeredByProvider(
                new ServiceException(PlatformErrorCode.THROTTLED, PlatformErrorCode.THROTTLED.message()));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody().code()).isEqualTo(400101);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PlatformErrorCode.class)
    void anIncidentIsShownWithItsIdOnly(PlatformErrorCode code) {
        ResponseEntity<Envelope<Void>> answer = handler.answeredByProvider(
                new ServiceException(code, "provider's text", "0123456789abcdef"));

        assertThat(answer.getStatusCode().value()).isEqualTo(code.kind().httpStatus());
        assertThat(answer.getBody().code()).isEqualTo(code.code());
        assertThat(answer.getBody().msg()).endsWith("(incident 0123456789abcdef)").doesNotContain("provider's text");
    }

    private static ErrorCode codeOf(ErrorKind kind) {
        return new ErrorCode() {
            @Override
            public int code() {
                return 499999;
            }

            @Override
            public ErrorKind kind() {
                return kind;
            }
        };
    }
}
