package com.webook.provider.support.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test kit for a provider's integration tests: what a remote caller is answered. A declared rejection
 * carries its code; an unexpected failure reaches it as an incident (a platform code, an id, no details)
 * and the provider logs it exactly once, at ERROR, with its stack and that id.
 */
public final class Incidents {

    private Incidents() {
    }

    /** Calls {@code remoteCall} (through Dubbo) and checks the answer and the provider's log. */
    public static ServiceException assertIncident(PlatformErrorCode code, ThrowingCallable remoteCall) {
        Logger boundary = (Logger) LoggerFactory.getLogger(ErrorBoundary.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        boundary.addAppender(logged);
        try {
            ServiceException answer = catchThrowableOfType(ServiceException.class, remoteCall);
            assertThat(answer).as("the caller's answer").isNotNull();
            assertThat(answer.errorCode()).isSameAs(code);
            assertThat(answer.incidentId()).matches("[0-9a-f]{16}");
            List<ILoggingEvent> lines = logged.list.stream()
                    .filter(line -> line.getFormattedMessage().contains(answer.incidentId())).toList();
            assertThat(lines).as("log lines of incident %s", answer.incidentId()).singleElement().satisfies(line -> {
                assertThat(line.getLevel()).isEqualTo(Level.ERROR);
                assertThat(line.getThrowableProxy()).as("the stack").isNotNull();
            });
            return answer;
        } finally {
            boundary.detachAppender(logged);
        }
    }

    /** Checks that {@code remoteCall} is answered with the declared rejection {@code code}. */
    public static void assertRejected(ThrowingCallable remoteCall, ErrorCode code) {
        assertThatThrownBy(remoteCall).isInstanceOfSatisfying(ServiceException.class,
                answer -> assertThat(answer.errorCode()).isEqualTo(code));
    }

    /** Runs {@code during} while {@code table} is missing (renamed away), then puts it back. */
    public static void withoutTable(JdbcTemplate jdbc, String table, Runnable during) {
        jdbc.execute("RENAME TABLE " + table + " TO " + table + "_away");
        try {
            during.run();
        } finally {
            jdbc.execute("RENAME TABLE " + table + "_away TO " + table);
        }
    }
}
