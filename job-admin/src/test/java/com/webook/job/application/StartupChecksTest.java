package com.webook.job.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.webook.job.infrastructure.config.StartupChecks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

class StartupChecksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            blank token, even locally              | local | ''                                  | true
            XXL-Job's default_token in production  | prod  | default_token                       | true
            a dev-only token in production         | prod  | dev-only-ranking-executor-token     | true
            a short token in production            | prod  | short-token                         | true
            a dev-only token locally               | local | dev-only-ranking-executor-token     | false
            a strong token in production           | prod  | 9bT3c1pQ-long-random-token-from-vault | false
            production beside local still checks   | 'prod,local' | default_token                | true
            """)
    void tokens(String name, String profiles, String token, boolean refused) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles.split(","));
        List<ExecutorApps.Access> apps = List.of(new ExecutorApps.Access("webook-ranking", "Ranking", token, List.of()));

        if (refused) {
            assertThatThrownBy(() -> StartupChecks.executorApps(apps, environment))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("webook.job.apps.webook-ranking.token");
        } else {
            assertThatCode(() -> StartupChecks.executorApps(apps, environment)).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            none set: nobody can log in, allowed  | prod  | ''                       | false
            short in production                   | prod  | short                    | true
            dev-only in production                | prod  | dev-only-admin-password  | true
            strong in production                  | prod  | a-long-admin-password-1  | false
            short locally                         | local | short                    | false
            """)
    void firstAdminPassword(String name, String profile, String password, boolean refused) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);

        if (refused) {
            assertThatThrownBy(() -> StartupChecks.bootstrapPassword(password, environment))
                    .isInstanceOf(IllegalStateException.class);
        } else {
            assertThatCode(() -> StartupChecks.bootstrapPassword(password, environment)).doesNotThrowAnyException();
        }
    }
}
