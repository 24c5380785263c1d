package com.webook.governance.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;

/**
 * The files that make an app a member of the platform on its RPC connections: the platform CA's
 * certificate (whom to trust), and the app's own certificate chain and private key (who it is), as
 * {@code webook.tls.ca}, {@code webook.tls.cert} and {@code webook.tls.key} name them. Checked at
 * start-up so that a missing or wrong file stops the app with a message that says what to do, rather
 * than with refused connections later.
 *
 * @param ca   PEM certificate(s) of the CA every peer's certificate must chain to
 * @param cert PEM chain: the app's certificate first
 * @param key  the certificate's private key, PKCS#8 PEM
 */
public record TlsIdentity(Path ca, Path cert, Path key) {

    private static final String HOW = "; the local bring-up (deploy/local/run.sh up) issues development certificates"
            + " under .run/tls, and a deployment sets WEBOOK_TLS_CA, WEBOOK_TLS_CERT and WEBOOK_TLS_KEY to the files"
            + " its own CA issued";

    /**
     * Checks the files and returns the app the certificate names.
     *
     * @param expectedApp the app this certificate must name, or null to accept any app the CA vouches for
     * @throws IllegalStateException saying which file is missing, unreadable, expired, not issued by the
     *                               CA, or issued to another app
     */
    public String verify(String expectedApp, Clock clock) {
        List<X509Certificate> authorities = certificates(ca, "webook.tls.ca");
        List<X509Certificate> chain = certificates(cert, "webook.tls.cert");
        readable(key, "webook.tls.key");
        X509Certificate leaf = chain.get(0);
        try {
            leaf.checkValidity(Date.from(clock.instant()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS identity: the certificate " + cert + " is expired or not yet valid ("
                    + leaf.getNotBefore() + " to " + leaf.getNotAfter() + ")" + HOW);
        }
        if (!issuedBy(leaf, chain, authorities)) {
            throw new IllegalStateException("TLS identity: the certificate " + cert + " was not issued by the CA in "
                    + ca + HOW);
        }
        String app = PeerIdentity.of(leaf);
        if (app == null) {
            throw new IllegalStateException("TLS identity: the certificate " + cert + " names no app (it needs the URI "
                    + "spiffe://" + PeerIdentity.TRUST_DOMAIN + "/<app> among its subject alternative names)" + HOW);
        }
        if (expectedApp != null && !expectedApp.equals(app)) {
            throw new IllegalStateException("TLS identity: the certificate " + cert + " belongs to " + app
                    + ", not to this app (" + expectedApp + ")" + HOW);
        }
        return app;
    }

    /** The CA's certificates, for checks that only need to know who the CA is. */
    public List<X509Certificate> authorities() {
        return certificates(ca, "webook.tls.ca");
    }

    private static boolean issuedBy(X509Certificate leaf, List<X509Certificate> chain, List<X509Certificate> authorities) {
        for (X509Certificate authority : authorities) {
            if (signedBy(leaf, authority)) {
                return true;
            }
            // An intermediate CA in the app's chain, signed by the platform CA.
            for (X509Certificate intermediate : chain.subList(1, chain.size())) {
                if (signedBy(leaf, intermediate) && signedBy(intermediate, authority)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException wrongIssuer) {
            return false;
        }
    }

    private static List<X509Certificate> certificates(Path path, String setting) {
        try {
            return Pem.certificates(readable(path, setting));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS identity: " + setting + " (" + path + ") holds no readable PEM certificate"
                    + HOW, e);
        }
    }

    private static String readable(Path path, String setting) {
        if (path == null) {
            throw new IllegalStateException("TLS identity: " + setting + " is not set" + HOW);
        }
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("TLS identity: no readable file at " + path + " (" + setting + ")" + HOW);
        }
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException("TLS identity: cannot read " + path + " (" + setting + ")" + HOW, e);
        }
    }
}
