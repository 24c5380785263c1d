package com.webook.governance.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsIdentityTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void issue() {
        DevelopmentPki.ensure(dir, List.of("webook-user", "webook-sms"));
        DevelopmentPki.ensure(dir.resolve("rogue"), List.of("webook-user"));
    }

    private static TlsIdentity of(String app) {
        return new TlsIdentity(dir.resolve("ca.crt"), dir.resolve(app + ".crt"), dir.resolve(app + ".key"));
    }

    @Test
    void aCertificateOfTheCaThatNamesTheAppIsThisAppsIdentity() {
        assertThat(of("webook-user").verify("webook-user", Clock.systemUTC())).isEqualTo("webook-user");
        assertThat(of("webook-sms").verify(null, Clock.systemUTC())).isEqualTo("webook-sms");
    }

    @Test
    void anotherAppsCertificateIsRefusedAndNamed() {
        assertThatThrownBy(() -> of("webook-sms").verify("webook-user", Clock.systemUTC()))
                .hasMessageContaining("belongs to webook-sms, not to this app (webook-user)");
    }

    @Test
    void aCertificateOfAnotherCaIsRefused() {
        TlsIdentity rogue = new TlsIdentity(dir.resolve("ca.crt"), dir.resolve("rogue/webook-user.crt"),
                dir.resolve("rogue/webook-user.key"));

        assertThatThrownBy(() -> rogue.verify("webook-user", Clock.systemUTC()))
                .hasMessageContaining("was not issued by the CA");
    }

    @Test
    void missingFilesAndExpiredCertificatesSayWhatToDo() {
        assertThatThrownBy(() -> of("webook-article").verify("webook-article", Clock.systemUTC()))
                .hasMessageContaining("no readable file at")
                .hasMessageContaining("deploy/local/run.sh up");
        Clock later = Clock.fixed(Instant.now().plus(DevelopmentPki.APP_VALIDITY).plusSeconds(60), ZoneOffset.UTC);
        assertThatThrownBy(() -> of("webook-user").verify("webook-user", later))
                .hasMessageContaining("expired or not yet valid");
    }
}
