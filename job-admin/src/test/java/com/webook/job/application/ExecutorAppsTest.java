package com.webook.job.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

class ExecutorAppsTest {

    static final ExecutorApps APPS = new ExecutorApps(List.of(
            new ExecutorApps.Access("webook-demo", "Demo", "demo-token-0123456789abcdef", List.of(network("127.0.0.0/8"),
                    network("10.1.0.0/16"))),
            new ExecutorApps.Access("webook-other", "Other", "other-token-0123456789abcdef", List.of(network("10.2.0.0/16")))));

    static Predicate<InetAddress> network(String cidr) {
        IpAddressMatcher matcher = new IpAddressMatcher(cidr);
        return address -> matcher.matches(address.getHostAddress());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            loopback                          | webook-demo  | http://127.0.0.1:9999/        | ''
            its own network                   | webook-demo  | http://10.1.4.5:9999/         | ''
            another app's network             | webook-demo  | http://10.2.4.5:9999/         | outside the networks
            a public address                  | webook-other | http://8.8.8.8:9999/          | outside the networks
            no port                           | webook-demo  | http://127.0.0.1/             | expected http://host:port/
            not http                          | webook-demo  | file://127.0.0.1:9999/        | expected http://host:port/
            credentials in the address        | webook-demo  | http://u:p@127.0.0.1:9999/    | expected http://host:port/
            not an address                    | webook-demo  | http://[zz::1                 | not an address
            """)
    void addresses(String name, String app, String address, String refusal) {
        ExecutorApps.Access access = APPS.named(app).orElseThrow();

        if (refusal.isEmpty()) {
            assertThat(APPS.refusal(access, address)).isEmpty();
        } else {
            assertThat(APPS.refusal(access, address)).hasValueSatisfying(why -> assertThat(why).contains(refusal));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the demo token          | demo-token-0123456789abcdef   | webook-demo
            the other token         | other-token-0123456789abcdef  | webook-other
            a prefix of a token     | demo-token                    | ''
            empty                   | ''                            | ''
            """)
    void tokensOpenTheirOwnAppOnly(String name, String token, String app) {
        assertThat(APPS.byToken(token).map(ExecutorApps.Access::app).orElse("")).isEqualTo(app);
    }
}
