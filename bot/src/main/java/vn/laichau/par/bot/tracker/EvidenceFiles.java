package vn.laichau.par.bot.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where evidence files lie: {@code <data dir>/evidence/<occurrence id>/<sha256>}, named by content so that
 * the same file sent twice is stored once.
 */
public final class EvidenceFiles {

    private final Path dataDirectory;

    public EvidenceFiles(Path dataDirectory) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the file (atomically) and returns its path relative to the data directory. */
    public String write(long occurrenceId, String sha256, byte[] content) {
        Path relative = Path.of("evidence", Long.toString(occurrenceId), sha256);
        Path target = dataDirectory.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store evidence under " + target, e);
        }
        return relative.toString().replace('\\', '/');
    }

    public Path resolve(String storagePath) {
        return dataDirectory.resolve(storagePath);
    }
}
