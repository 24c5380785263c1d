package com.webook.governance.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.webook.governance.tls.Pem;

/**
 * A caller of a provider's Triple port from outside Dubbo, as an attacker (or another system) would
 * call it: plain HTTP, or HTTPS with a chosen client certificate or none, with JSON arguments. Answers
 * what came back, or the I/O error that ended the attempt.
 */
public final class TripleHttps {

    private final HttpClient http;
    private final String scheme;

    private TripleHttps(HttpClient http, String scheme) {
        this.http = http;
        this.scheme = scheme;
    }

    /** HTTPS with the certificate of {@code app}, issued by the test platform's CA. */
    public static TripleHttps as(String app) {
        return https(TestPki.dir(), app, TestPki.dir());
    }

    /** HTTPS with a certificate named {@code app} by another CA than the platform's. */
    public static TripleHttps rogue(String app) {
        return https(TestPki.rogue(), app, TestPki.dir());
    }

    /** HTTPS without a client certificate (the server's is still checked against the platform CA). */
    public static TripleHttps withoutCertificate() {
        return https(null, null, TestPki.dir());
    }

    /** Plain HTTP/1.1, as Triple accepts it when TLS is off. */
    public static TripleHttps plaintext() {
        return new TripleHttps(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build(), "http");
    }

    /** What a call answered: an HTTP status and body, or the I/O failure that ended it. */
    public record Answer(int status, String body, IOException failure) {

        public boolean refusedAtConnection() {
            return failure != null;
        }

        /** Kept out: refused at the connection, or answered that this caller may not call the method. */
        public boolean refusedAsCaller() {
            return refusedAtConnection() || status >= 400 && body.contains("may not call it");
        }
    }

    /**
     * POSTs {@code json} (the arguments: one value, or an array of them) to {@code method} of
     * {@code service} version 1.0.0 on the provider's Triple port.
     */
    public Answer call(int port, String service, String method, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(scheme + "://127.0.0.1:" + port + "/" + service + "/" + method))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header("tri-service-version", "1.0.0")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), null);
        } catch (IOException e) {
            return new Answer(-1, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static TripleHttps https(Path keyDir, String app, Path trustDir) {
        try {
            KeyManagerFactory keys = null;
            if (app != null) {
                List<X509Certificate> chain = Pem.certificates(Files.readString(keyDir.resolve(app + ".crt")));
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry(app, Pem.privateKey(Files.readString(keyDir.resolve(app + ".key"))), new char[0],
                        chain.toArray(X509Certificate[]::new));
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, new char[0]);
            }
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("ca", Pem.certificates(Files.readString(trustDir.resolve("ca.crt"))).get(0));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return new TripleHttps(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls)
                    .connectTimeout(Duration.ofSeconds(3)).build(), "https");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a TLS client for " + app, e);
        }
    }
}
