package com.webook.job.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobDefinitionTest {

    static final ZoneId UTC = ZoneId.of("UTC");

    static JobDefinition valid() {
        return new JobDefinition("webook-demo", "echo", "says hello", ScheduleType.CRON, "*/5 * * * * ?", "demoEcho",
                "p", Routing.ROUND_ROBIN, BlockStrategy.SERIAL_EXECUTION, Misfire.SKIP, 10, 2, 500, false, List.of(7L));
    }

    static JobDefinition with(UnaryOperator<JobDefinition> change) {
        return change.apply(valid());
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                Arguments.of("app with capitals", with(d -> copy(d, "Webook", d.name(), d.handler(), d.param(), d.timeoutSeconds(), d.maxRetries(), d.retryBackoffMs(), d.children())), "app"),
                Arguments.of("blank name", with(d -> copy(d, d.app(), "  ", d.handler(), d.param(), d.timeoutSeconds(), d.maxRetries(), d.retryBackoffMs(), d.children())), "name"),
                Arguments.of("name with a bidi override", with(d -> copy(d, d.app(), "a\u202Eb", d.handler(), d.param(), d.timeoutSeconds(), d.maxRetries(), d.retryBackoffMs(), d.children())), "name"),
                Arguments.of("a script as handler", with(d -> copy(d, d.app(), d.name(), "rm -rf /", d.param(), d.timeoutSeconds(), d.maxRetries(), d.retryBackoffMs(), d.children())), "handler"),
                Arguments.of("param too long", with(d -> copy(d, d.app(), d.name(), d.handler(), "x".repeat(2049), d.timeoutSeconds(), d.maxRetries(), d.retryBackoffMs(), d.children())), "param"),
                Arguments.of("negative timeout", with(d -> copy(d, d.app(), d.name(), d.handler(), d.param(), -1, d.maxRetries(), d.retryBackoffMs(), d.children())), "timeoutSeconds"),
                Arguments.of("too many retries", with(d -> copy(d, d.app(), d.name(), d.handler(), d.param(), d.timeoutSeconds(), 11, d.retryBackoffMs(), d.children())), "maxRetries"),
                Arguments.of("backoff too short", with(d -> copy(d, d.app(), d.name(), d.handler(), d.param(), d.timeoutSeconds(), d.maxRetries(), 10, d.children())), "retryBackoffMs"),
                Arguments.of("child id not positive", with(d -> copy(d, d.app(), d.name(), d.handler(), d.param(), d.timeoutSeconds(), d.maxRetries(), d.retryBackoffMs(), List.of(0L))), "children"));
    }

    static JobDefinition copy(JobDefinition d, String app, String name, String handler, String param, int timeout,
                              int retries, long backoff, List<Long> children) {
        return new JobDefinition(app, name, d.description(), d.scheduleType(), d.schedule(), handler, param, d.routing(),
                d.blockStrategy(), d.misfire(), timeout, retries, backoff, d.exclusive(), children);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String name, JobDefinition definition, String field) {
        assertThatThrownBy(() -> definition.validated(UTC)).isInstanceOf(JobRejected.class).hasMessageContaining(field);
    }

    @Test
    void fillsDefaults() {
        JobDefinition bare = new JobDefinition("webook-demo", " echo ", null, ScheduleType.NONE, null, "demoEcho", null,
                null, null, null, 0, 0, 0, false, null);

        JobDefinition valid = bare.validated(UTC);

        assertThat(valid.name()).isEqualTo("echo");
        assertThat(valid.routing()).isEqualTo(Routing.FIRST);
        assertThat(valid.blockStrategy()).isEqualTo(BlockStrategy.SERIAL_EXECUTION);
        assertThat(valid.misfire()).isEqualTo(Misfire.SKIP);
        assertThat(valid.retryBackoffMs()).isEqualTo(1000);
        assertThat(valid.children()).isEmpty();
    }

    @Test
    void retriesBackOffDoublingUpToAnHour() {
        JobDefinition valid = valid().validated(UTC);

        assertThat(valid.retryBackoff(0)).isEqualTo(Duration.ofMillis(500));
        assertThat(valid.retryBackoff(3)).isEqualTo(Duration.ofMillis(4000));
        assertThat(valid.retryBackoff(40)).isEqualTo(Duration.ofHours(1));
    }
}
