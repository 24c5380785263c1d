package com.webook.governance.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The development certificate authority and one certificate per app, for local runs and tests only:
 * what a production PKI (a company CA, cert-manager, SPIRE) issues in a real deployment.
 *
 * <p>{@code ensure(dir, apps)} keeps in {@code dir} a CA ({@code ca.crt}, {@code ca.key}) and, per app,
 * {@code <app>.crt} (its certificate followed by the CA's) and {@code <app>.key} (PKCS#8 PEM, readable by
 * the owner only). It is idempotent: what exists and is still valid for {@link #RENEW_BEFORE} is kept,
 * so a second run changes nothing and running apps keep working. Keys are EC P-256.
 *
 * <p>Each app certificate names its app the way {@link PeerIdentity} reads it: the URI
 * {@code spiffe://webook/<app>} in its subject alternative names. The CA's name says it is for
 * development ({@link #CA_NAME}); the production guard refuses a CA of that name.
 *
 * <p>From the command line: {@code DevelopmentPki <dir> <app>...}.
 */
public final class DevelopmentPki {

    /** The development CA's common name; outside the local and test profiles it is refused. */
    public static final String CA_NAME = "Webook development CA";
    public static final String CA_CERT = "ca.crt";
    static final String CA_KEY = "ca.key";
    static final Duration CA_VALIDITY = Duration.ofDays(3650);
    static final Duration APP_VALIDITY = Duration.ofDays(397);
    /** A certificate that expires sooner than this is issued again. */
    static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private static final String SIGNATURE = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Clock clock;

    private DevelopmentPki(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: DevelopmentPki <dir> <app>...");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<String> issued = ensure(dir, List.of(args).subList(1, args.length));
        System.out.println(issued.isEmpty() ? "development PKI in " + dir + " is up to date"
                : "development PKI in " + dir + ": issued " + String.join(", ", issued));
    }

    /**
     * Makes sure {@code dir} holds a valid development CA and a valid certificate for each app.
     *
     * @return what was issued now (empty when everything was already there)
     */
    public static List<String> ensure(Path dir, List<String> apps) {
        return ensure(dir, apps, Clock.systemUTC());
    }

    static synchronized List<String> ensure(Path dir, List<String> apps, Clock clock) {
        return new DevelopmentPki(dir, clock).ensure(apps);
    }

    private List<String> ensure(List<String> apps) {
        try {
            Files.createDirectories(dir);
            List<String> issued = new java.util.ArrayList<>();
            Authority ca = loadCa();
            if (ca == null) {
                ca = newCa();
                issued.add("CA");
            }
            for (String app : apps) {
                PeerIdentity.requireValidName(app);
                if (!validApp(app, ca)) {
                    issueApp(app, ca);
                    issued.add(app);
                }
            }
            return issued;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the development PKI under " + dir, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue development certificates", e);
        }
    }

    private record Authority(X509Certificate certificate, PrivateKey key) {
    }

    private Authority loadCa() throws IOException {
        Path cert = dir.resolve(CA_CERT);
        Path key = dir.resolve(CA_KEY);
        if (!Files.isRegularFile(cert) || !Files.isRegularFile(key)) {
            return null;
        }
        try {
            X509Certificate certificate = Pem.certificates(Files.readString(cert)).get(0);
            if (expiresSoon(certificate)) {
                return null;
            }
            return new Authority(certificate, Pem.privateKey(Files.readString(key)));
        } catch (RuntimeException | GeneralSecurityException unreadable) {
            return null;
        }
    }

    private boolean validApp(String app, Authority ca) {
        Path cert = dir.resolve(app + ".crt");
        Path key = dir.resolve(app + ".key");
        if (!Files.isRegularFile(cert) || !Files.isRegularFile(key)) {
            return false;
        }
        try {
            X509Certificate certificate = Pem.certificates(Files.readString(cert)).get(0);
            certificate.verify(ca.certificate().getPublicKey());
            return !expiresSoon(certificate) && app.equals(PeerIdentity.of(certificate));
        } catch (IOException | GeneralSecurityException | RuntimeException stale) {
            return false;
        }
    }

    private boolean expiresSoon(X509Certificate certificate) {
        return certificate.getNotAfter().toInstant().isBefore(clock.instant().plus(RENEW_BEFORE));
    }

    private Authority newCa() throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPair keys = newKeyPair();
        X500Name name = new X500Name("CN=" + CA_NAME + ", O=Webook");
        Instant now = clock.instant();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(CA_VALIDITY)), name, keys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
        X509Certificate certificate = sign(builder, keys.getPrivate());
        // The key first: a CA certificate without its key would be replaced on the next run anyway.
        write(dir.resolve(CA_KEY), Pem.encode(keys.getPrivate()), true);
        write(dir.resolve(CA_CERT), Pem.encode(certificate), false);
        return new Authority(certificate, keys.getPrivate());
    }

    private void issueApp(String app, Authority ca) throws GeneralSecurityException, OperatorCreationException,
            IOException {
        KeyPair keys = newKeyPair();
        Instant now = clock.instant();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(), serial(),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(APP_VALIDITY)),
                new X500Name("CN=" + app + ", O=Webook"), keys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false,
                new ExtendedKeyUsage(new KeyPurposeId[]{KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[]{
                new GeneralName(GeneralName.uniformResourceIdentifier, PeerIdentity.uriOf(app)),
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                extensions.createAuthorityKeyIdentifier(ca.certificate()));
        X509Certificate certificate = sign(builder, ca.key());
        write(dir.resolve(app + ".key"), Pem.encode(keys.getPrivate()), true);
        write(dir.resolve(app + ".crt"), Pem.encode(certificate) + Pem.encode(ca.certificate()), false);
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(key)));
    }

    /** Writes through a temporary file and a rename, so a reader never sees half a file. */
    private static void write(Path target, String content, boolean secret) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            if (secret) {
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the directory's permissions protect it.
                }
            }
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
