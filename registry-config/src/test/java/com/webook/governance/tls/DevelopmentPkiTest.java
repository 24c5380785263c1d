package com.webook.governance.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevelopmentPkiTest {

    @TempDir
    Path dir;

    @Test
    void issuesACaAndOneCertificatePerAppThatNamesTheAppAndChainsToTheCa() throws Exception {
        List<String> issued = DevelopmentPki.ensure(dir, List.of("webook-user", "webook-consumer-web"));

        assertThat(issued).containsExactly("CA", "webook-user", "webook-consumer-web");
        X509Certificate ca = read("ca.crt").get(0);
        List<X509Certificate> chain = read("webook-user.crt");
        assertThat(chain).hasSize(2);
        assertThat(chain.get(1)).isEqualTo(ca);
        chain.get(0).verify(ca.getPublicKey());
        assertThat(PeerIdentity.of(chain.get(0))).isEqualTo("webook-user");
        assertThat(PeerIdentity.of(read("webook-consumer-web.crt").get(0))).isEqualTo("webook-consumer-web");
        assertThat(ca.getSubjectX500Principal().getName()).contains("CN=" + DevelopmentPki.CA_NAME);
        assertThat(chain.get(0).getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(chain.get(0).getBasicConstraints()).isEqualTo(-1);
    }

    @Test
    void theKeyBelongsToTheCertificateAndOnlyItsOwnerMayReadIt() throws Exception {
        DevelopmentPki.ensure(dir, List.of("webook-user"));

        PrivateKey key = Pem.privateKey(Files.readString(dir.resolve("webook-user.key")));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key);
        signer.update(new byte[]{1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(read("webook-user.crt").get(0).getPublicKey());
        verifier.update(new byte[]{1, 2, 3});
        assertThat(verifier.verify(signature)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("webook-user.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("ca.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aSecondRunChangesNothingAndANewAppIsAddedUnderTheSameCa() throws Exception {
        DevelopmentPki.ensure(dir, List.of("webook-user"));
        String ca = Files.readString(dir.resolve("ca.crt"));
        String user = Files.readString(dir.resolve("webook-user.crt"));

        assertThat(DevelopmentPki.ensure(dir, List.of("webook-user"))).isEmpty();
        assertThat(DevelopmentPki.ensure(dir, List.of("webook-user", "webook-sms"))).containsExactly("webook-sms");

        assertThat(Files.readString(dir.resolve("ca.crt"))).isEqualTo(ca);
        assertThat(Files.readString(dir.resolve("webook-user.crt"))).isEqualTo(user);
        read("webook-sms.crt").get(0).verify(read("ca.crt").get(0).getPublicKey());
    }

    @Test
    void aCertificateNearItsEndOrFromAnotherCaIsIssuedAgain() throws Exception {
        DevelopmentPki.ensure(dir, List.of("webook-user", "webook-sms"));
        Path other = dir.resolve("other");
        DevelopmentPki.ensure(other, List.of("webook-sms"));
        Files.copy(other.resolve("webook-sms.crt"), dir.resolve("webook-sms.crt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Clock nearTheEnd = Clock.fixed(Instant.now().plus(DevelopmentPki.APP_VALIDITY).minus(Duration.ofDays(10)),
                ZoneOffset.UTC);

        assertThat(DevelopmentPki.ensure(dir, List.of("webook-sms"))).containsExactly("webook-sms");
        assertThat(DevelopmentPki.ensure(dir, List.of("webook-user"), nearTheEnd)).containsExactly("webook-user");
    }

    @Test
    void refusesANameThatIsNoAppName() {
        assertThatThrownBy(() -> DevelopmentPki.ensure(dir, List.of("../etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<X509Certificate> read(String file) throws Exception {
        return Pem.certificates(Files.readString(dir.resolve(file)));
    }
}
