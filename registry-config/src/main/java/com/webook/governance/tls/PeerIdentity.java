package com.webook.governance.tls;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which platform app a certificate belongs to: the name in its SPIFFE-style URI
 * {@code spiffe://webook/<app>} (a subject alternative name), as the platform's CA issues them. A
 * certificate without exactly one such URI names no app, and its holder is nobody.
 */
public final class PeerIdentity {

    public static final String TRUST_DOMAIN = "webook";
    private static final String PREFIX = "spiffe://" + TRUST_DOMAIN + "/";
    private static final int URI_NAME = 6;
    /** Spring application names: lower-case words joined by hyphens. */
    private static final Pattern APP_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private PeerIdentity() {
    }

    /** The app this certificate names, or null when it names none (or more than one). */
    public static String of(X509Certificate certificate) {
        Collection<List<?>> names;
        try {
            names = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return null;
        }
        if (names == null) {
            return null;
        }
        String app = null;
        for (List<?> name : names) {
            if (name.size() == 2 && Integer.valueOf(URI_NAME).equals(name.get(0))
                    && name.get(1) instanceof String uri && uri.startsWith(PREFIX)) {
                String candidate = uri.substring(PREFIX.length());
                if (app != null || !APP_NAME.matcher(candidate).matches()) {
                    return null;
                }
                app = candidate;
            }
        }
        return app;
    }

    /** The URI that names {@code app} in its certificate. */
    public static String uriOf(String app) {
        requireValidName(app);
        return PREFIX + app;
    }

    static void requireValidName(String app) {
        if (app == null || !APP_NAME.matcher(app).matches()) {
            throw new IllegalArgumentException("not an app name: " + app);
        }
    }
}
