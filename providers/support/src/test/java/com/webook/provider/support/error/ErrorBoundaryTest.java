package com.webook.provider.support.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ErrorCodes;
import com.webook.api.common.v1.ErrorKind;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

class ErrorBoundaryTest {

    enum SampleErrorCode implements ErrorCode {
        NAME_TAKEN(499001, ErrorKind.CONFLICT),
        NO_SUCH_THING(499002, ErrorKind.NOT_FOUND);

        private final int code;
        private final ErrorKind kind;

        SampleErrorCode(int code, ErrorKind kind) {
            this.code = code;
            this.kind = kind;
        }

        @Override
        public int code() {
            return code;
        }

        @Override
        public ErrorKind kind() {
            return kind;
        }
    }

    @ErrorCodes(SampleErrorCode.class)
    interface SampleService {
    }

    enum Rejection { NAME_TAKEN, UNDECLARED }

    static final class SampleRejected extends Rejected {
        private final Rejection rejection;

        SampleRejected(Rejection rejection, String message) {
            super(message);
            this.rejection = rejection;
        }

        @Override
        public Rejection rejection() {
            return rejection;
        }
    }

    private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorBoundary.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void recordTheLog() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopRecording() {
        logger.detachAppender(logged);
    }

    @Test
    void aRejectionBecomesTheDeclaredCodeOfItsNameWithItsMessageAndNoLogLine() {
        ServiceException answer = answer(new SampleRejected(Rejection.NAME_TAKEN, "the name is taken"));

        assertThat(answer.errorCode()).isSameAs(SampleErrorCode.NAME_TAKEN);
        assertThat(answer.getMessage()).isEqualTo("the name is taken");
        assertThat(answer.incidentId()).isNull();
        assertThat(logged.list).isEmpty();
    }

    @Test
    void aServiceExceptionWithADeclaredOrPlatformCodePassesAsItIs() {
        ServiceException declared = new ServiceException(SampleErrorCode.NO_SUCH_THING, "no such thing");
        ServiceException downstream = new ServiceException(PlatformErrorCode.UNAVAILABLE, "try again", "0a1b2c3d");

        assertThat(answer(declared)).isSameAs(declared);
        assertThat(answer(downstream)).isSameAs(downstream);
        assertThat(logged.list).isEmpty();
    }

    static List<Arguments> incidents() {
        return List.of(
                Arguments.of("a bug", new IllegalStateException("secret at 10.0.0.3"), PlatformErrorCode.INTERNAL),
                Arguments.of("a constraint the code did not expect",
                        new DataIntegrityViolationException("Duplicate entry 'x' for key 'secret'"), PlatformErrorCode.INTERNAL),
                Arguments.of("a rejection without a declared code",
                        new SampleRejected(Rejection.UNDECLARED, "why"), PlatformErrorCode.INTERNAL),
                Arguments.of("another service's code", new ServiceException(OtherErrorCode.THEIRS, "theirs"),
                        PlatformErrorCode.INTERNAL),
                Arguments.of("MySQL unreachable", new DataAccessResourceFailureException("connect to 10.0.0.3 refused"),
                        PlatformErrorCode.UNAVAILABLE),
                Arguments.of("a statement timeout", new QueryTimeoutException("timeout on SELECT secret"),
                        PlatformErrorCode.UNAVAILABLE),
                Arguments.of("no connection for a transaction", new CannotCreateTransactionException("pool exhausted"),
                        PlatformErrorCode.UNAVAILABLE),
                Arguments.of("a downstream provider unreachable", new RpcException(RpcException.NETWORK_EXCEPTION, "x"),
                        PlatformErrorCode.UNAVAILABLE),
                Arguments.of("a port's declared outage", new Unavailable("store down at 10.0.0.3", null),
                        PlatformErrorCode.UNAVAILABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidents")
    void anythingElseIsAnIncidentLoggedOnceWithItsStackAndAnsweredWithoutDetails(String name, RuntimeException thrown,
                                                                                 PlatformErrorCode code) {
        ServiceException answer = answer(thrown);

        assertThat(answer.errorCode()).isSameAs(code);
        assertThat(answer.incidentId()).matches("[0-9a-f]{16}");
        assertThat(answer.getMessage()).doesNotContain("secret", "10.0.0.3", "why", "theirs");
        assertThat(logged.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.ERROR);
            assertThat(line.getFormattedMessage()).contains(answer.incidentId(), "SampleService#create");
            assertThat(line.getThrowableProxy().getClassName()).isEqualTo(thrown.getClass().getName());
        });
    }

    @Test
    void everyIncidentHasAnIdOfItsOwn() {
        assertThat(answer(new IllegalStateException()).incidentId())
                .isNotEqualTo(answer(new IllegalStateException()).incidentId());
    }

    enum OtherErrorCode implements ErrorCode {
        THEIRS;

        @Override
        public int code() {
            return 498001;
        }

        @Override
        public ErrorKind kind() {
            return ErrorKind.INVALID;
        }
    }

    private static ServiceException answer(Throwable thrown) {
        return ErrorBoundary.answer(thrown, SampleService.class, "create");
    }
}
