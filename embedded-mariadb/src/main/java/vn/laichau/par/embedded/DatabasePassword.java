package vn.laichau.par.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database user's password: 32 random bytes in URL-safe Base64 after {@code par-}, in a file only
 * its owner can read. (Not hex: EclipseLink takes a hex password for an encrypted one and tries to decrypt it.)
 */
final class DatabasePassword {

    /** What a kept password looks like. */
    static final String PATTERN = "par-[A-Za-z0-9_-]{43}";

    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePassword() {
    }

    /** The password kept in {@code file}; a new random one written there (mode 600) when there is none. */
    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (kept.matches(PATTERN)) {
                    return kept;
                }
                throw new IllegalStateException(file + " does not hold a database password; remove it to make one");
            }
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            String password = "par-" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            Files.createDirectories(file.getParent());
            Path written = Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(written, password + "\n", StandardCharsets.US_ASCII);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
