package vn.laichau.par.api.security;

import vn.laichau.par.api.config.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The RSA key pair that signs access tokens: made at the first start and kept under
 * {@code <data dir>/keys/jwt-private.der} (PKCS#8 DER, readable by its owner only; the public key is derived
 * from it), so that
 * tokens stay valid across restarts and every instance sharing the data directory signs with the same key.
 */
public final class JwtKeys {

    public static final String ISSUER = "https://par.laichau.gov.vn";
    private static final Logger LOG = Logger.getLogger(JwtKeys.class.getName());
    private static final Map<Path, KeyPair> LOADED = new ConcurrentHashMap<>();

    private JwtKeys() {
    }

    public static KeyPair current() {
        return loadOrCreate(DataDirectory.path());
    }

    public static KeyPair loadOrCreate(Path dataDir) {
        return LOADED.computeIfAbsent(dataDir.toAbsolutePath().normalize(), JwtKeys::readOrMake);
    }

    private static KeyPair readOrMake(Path dataDir) {
        Path dir = dataDir.resolve("keys");
        Path privateFile = dir.resolve("jwt-private.der");
        try {
            if (!Files.exists(privateFile)) {
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                publish(dir, privateFile, generator.generateKeyPair().getPrivate().getEncoded());
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            PublicKey publicKey = rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("JWT keys in " + dir + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("JWT keys in " + dir + " are unreadable: " + e.getMessage(), e);
        }
    }

    /** Writes the file whole, owner-readable only, by an atomic rename. */
    private static void publish(Path dir, Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(dir, "key", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.warning(() -> "no POSIX permissions on " + dir + "; protect the directory yourself");
        }
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
