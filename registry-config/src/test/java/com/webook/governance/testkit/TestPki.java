package com.webook.governance.testkit;

import java.nio.file.Path;
import java.util.List;

import com.webook.governance.tls.DevelopmentPki;

/**
 * The certificates of a test run, issued once per test JVM under the module's {@code target/test-pki}
 * by the same tool the local bring-up uses: one per platform app, one for {@link #INTRUDER} (a valid
 * platform certificate that no provider allows), and under {@link #rogue()} a CA of its own with a
 * certificate that claims to be consumer-web.
 */
public final class TestPki {

    /** Every app of the platform, by its {@code spring.application.name}. */
    public static final List<String> APPS = List.of("webook-user", "webook-code", "webook-sms", "webook-article",
            "webook-interactive", "webook-ranking", "webook-consumer-web");
    /** An app the platform's CA vouches for that no provider lists among its callers. */
    public static final String INTRUDER = "webook-intruder";

    private static Path dir;

    private TestPki() {
    }

    /** The directory of the test platform's CA and app certificates ({@code webook.tls.dir}). */
    public static synchronized Path dir() {
        if (dir == null) {
            Path target = Path.of("target", "test-pki").toAbsolutePath();
            DevelopmentPki.ensure(target, concat(APPS, INTRUDER));
            DevelopmentPki.ensure(target.resolve("rogue"), List.of("webook-consumer-web"));
            dir = target;
        }
        return dir;
    }

    /** Another CA's directory, whose consumer-web certificate the platform must not trust. */
    public static Path rogue() {
        return dir().resolve("rogue");
    }

    private static List<String> concat(List<String> apps, String more) {
        List<String> all = new java.util.ArrayList<>(apps);
        all.add(more);
        return all;
    }
}
