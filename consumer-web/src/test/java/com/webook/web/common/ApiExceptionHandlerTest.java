package com.webook.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.webook.api.article.v1.ArticleErrorCode;
import com.webook.api.code.v1.CodeErrorCode;
import com.webook.api.interactive.v1.InteractiveErrorCode;
import com.webook.api.user.v1.UserErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

class ApiExceptionHandlerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            INVALID_ARGUMENT,    BAD_REQUEST
            EMAIL_TAKEN,         CONFLICT
            INVALID_CREDENTIALS, UNAUTHORIZED
            USER_NOT_FOUND,      NOT_FOUND
            SYSTEM_ERROR,        INTERNAL_SERVER_ERROR
            """)
    void everyUserErrorHasItsStatus(UserErrorCode code, HttpStatus status) {
        assertThat(ApiExceptionHandler.statusOf(code)).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            INVALID_ARGUMENT,  BAD_REQUEST
            WRONG_CODE,        BAD_REQUEST
            CODE_EXPIRED,      BAD_REQUEST
            TOO_FREQUENT,      TOO_MANY_REQUESTS
            TOO_MANY_ATTEMPTS, TOO_MANY_REQUESTS
            SYSTEM_ERROR,      SERVICE_UNAVAILABLE
            SEND_FAILED,       SERVICE_UNAVAILABLE
            """)
    void everyCodeErrorHasItsStatus(CodeErrorCode code, HttpStatus status) {
        assertThat(ApiExceptionHandler.statusOf(code)).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            INVALID_ARGUMENT,  BAD_REQUEST
            ARTICLE_NOT_FOUND, NOT_FOUND
            NOT_AUTHOR,        FORBIDDEN
            SYSTEM_ERROR,      INTERNAL_SERVER_ERROR
            """)
    void everyArticleErrorHasItsStatus(ArticleErrorCode code, HttpStatus status) {
        assertThat(ApiExceptionHandler.statusOf(code)).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            INVALID_ARGUMENT,      BAD_REQUEST
            COLLECTION_NOT_FOUND,  NOT_FOUND
            COLLECTION_NAME_TAKEN, CONFLICT
            SYSTEM_ERROR,          INTERNAL_SERVER_ERROR
            """)
    void everyInteractiveErrorHasItsStatus(InteractiveErrorCode code, HttpStatus status) {
        assertThat(ApiExceptionHandler.statusOf(code)).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            406001, BAD_REQUEST
            506001, INTERNAL_SERVER_ERROR
            """)
    void codesOfOtherModulesFollowTheirClass(int code, HttpStatus status) {
        assertThat(ApiExceptionHandler.statusOf(() -> code)).isEqualTo(status);
    }
}
