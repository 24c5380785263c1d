import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The key pair etcd signs its auth tokens with (JWT, RS256), drawn once into a directory and kept:
 * {@code etcd-token.key} (PKCS#8, readable by its owner only) and {@code etcd-token.pub}. JWT rather than
 * etcd's default "simple" tokens: a simple token makes every request wait until etcd's raft index reaches
 * the one the token was issued at, so after etcd comes back from a snapshot or without its data, clients
 * hang instead of logging in again. JDK only, run as a source file before anything is built:
 *
 *   java deploy/local/EtcdTokenKey.java <secrets dir>
 */
public class EtcdTokenKey {

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        if (args.length != 1) {
            System.err.println("usage: java EtcdTokenKey.java <secrets dir>");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        Path privateKey = dir.resolve("etcd-token.key");
        Path publicKey = dir.resolve("etcd-token.pub");
        if (Files.isRegularFile(privateKey) && Files.isRegularFile(publicKey)) {
            return;
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();
        Files.deleteIfExists(privateKey);
        Files.createFile(privateKey, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
