package vn.laichau.par.application.occurrence;

import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.UserText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.laichau.par.application.occurrence.EvidenceUpload;

/**
 * Evidence files on disk, under {@code <data dir>/evidence/<occurrence id>/}: checks the name and the type,
 * copies at most {@code maxBytes}, computes the SHA-256 on the way, and never uses the client's file name as a
 * path.
 */
public final class EvidenceStore {

    /** What officials send as evidence: documents, spreadsheets, scans and photos. */
    public static final Map<String, String> ALLOWED_TYPES = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/zip", "zip"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/png", "png"),
            Map.entry("text/plain", "txt"));

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /**
     * Endings of names that a computer runs when the file is opened: evidence is downloaded under the name it was
     * sent with, so such a name is refused whatever type the file was declared as.
     */
    static final java.util.Set<String> RUNNABLE_EXTENSIONS = java.util.Set.of("exe", "com", "bat", "cmd", "scr",
            "pif", "msi", "msp", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "ps1", "lnk", "jar", "apk", "sh",
            "reg", "cpl", "dll");

    private final Path root;
    private final long maxBytes;

    /** @param dataDir the data directory ({@code PAR_DATA_DIR}); files go under its {@code evidence/} */
    public EvidenceStore(Path dataDir, long maxBytes) {
        this.root = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * A file name as shown, checked: no directories, no control or invisible characters ({@link UserText}), at most
     * 255 characters.
     */
    public static String checkedFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw invalidName("(trống / empty)");
        }
        String name = UserText.cleaned(fileName, false);
        if (name.length() > 255 || name.contains("/") || name.contains("\\") || name.equals(".")
                || name.equals("..") || name.startsWith("..") || UserText.hiddenCharacter(name, false).isPresent()
                || name.contains(":")) {
            throw invalidName(name);
        }
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && RUNNABLE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            throw Refusal.of(Refusal.Reason.UNSUPPORTED_TYPE, "file-type-not-accepted",
                    "Không nhận tệp " + name + ": tên tệp là của một chương trình chạy được",
                    "The file " + name + " is not accepted: its name is that of a program");
        }
        return name;
    }

    /** The media type without parameters, when it is one of the accepted ones. */
    public static String checkedContentType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!ALLOWED_TYPES.containsKey(type)) {
            throw Refusal.of(Refusal.Reason.UNSUPPORTED_TYPE, "file-type-not-accepted",
                    "Không nhận tệp kiểu " + (type.isEmpty() ? "(không rõ)" : type)
                            + "; chỉ nhận PDF, Word, Excel, ZIP, JPEG, PNG hoặc văn bản thuần",
                    "Files of type " + (type.isEmpty() ? "(none)" : type)
                            + " are not accepted; send PDF, Word, Excel, ZIP, JPEG, PNG or plain text");
        }
        return type;
    }

    /** Stores the content, at most {@link #maxBytes()}; answers what to record. */
    public EvidenceUpload store(long occurrenceId, String fileName, String contentType, InputStream content) {
        String name = checkedFileName(fileName);
        String type = checkedContentType(contentType);
        String relative = "evidence/" + occurrenceId + "/" + UUID.randomUUID() + "." + ALLOWED_TYPES.get(type);
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            throw invalidName(name);
        }
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        out.close();
                        Files.deleteIfExists(partial);
                        throw tooLarge(maxBytes);
                    }
                    sha.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                Files.deleteIfExists(partial);
                throw Refusal.of(Refusal.Reason.INVALID, "empty-file", "Tệp minh chứng " + name + " trống (0 byte)",
                        "The evidence file " + name + " is empty (0 bytes)");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new EvidenceUpload(name, type, size, HexFormat.of().formatHex(sha.digest()), relative);
        } catch (IOException e) {
            throw new UncheckedIOException("evidence file " + relative + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored file at {@code storagePath}, which must lie under the evidence directory. */
    public Path resolve(String storagePath) {
        Path path = root.resolve(storagePath).normalize();
        if (!path.startsWith(root.resolve("evidence"))) {
            throw Refusal.of(Refusal.Reason.NOT_FOUND, "not-found", "Không tìm thấy tệp minh chứng",
                    "No such evidence file");
        }
        return path;
    }

    /** Removes a stored file whose record could not be written. */
    public void discard(String storagePath) {
        try {
            Files.deleteIfExists(resolve(storagePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes what an interrupted upload left under the evidence directory, when last changed before
     * {@code cutoff}: partial files ({@code .part}, the process died while the file arrived) and files no record
     * names ({@code recorded} is false for their storage path: the process died between storing the file and
     * committing its record). Files changed since {@code cutoff} may belong to an upload still running on another
     * instance sharing the directory, and are left alone.
     */
    public SweepReport removeOrphans(java.util.function.Predicate<String> recorded, java.time.Instant cutoff) {
        Path evidence = root.resolve("evidence");
        if (!Files.isDirectory(evidence)) {
            return new SweepReport(0, 0);
        }
        int partials = 0;
        int unrecorded = 0;
        try (java.util.stream.Stream<Path> files = Files.walk(evidence)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (Files.getLastModifiedTime(file).toInstant().isAfter(cutoff)) {
                    continue;
                }
                String storagePath = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (storagePath.endsWith(".part")) {
                    Files.deleteIfExists(file);
                    partials++;
                } else if (!recorded.test(storagePath)) {
                    Files.deleteIfExists(file);
                    unrecorded++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sweeping " + evidence + ": " + e.getMessage(), e);
        }
        return new SweepReport(partials, unrecorded);
    }

    /** What {@link #removeOrphans} removed: partial uploads and stored files without a record. */
    public record SweepReport(int partialFiles, int unrecordedFiles) {

        public int total() {
            return partialFiles + unrecordedFiles;
        }
    }

    public static Refusal tooLarge(long maxBytes) {
        long mb = maxBytes / (1024 * 1024);
        return Refusal.of(Refusal.Reason.TOO_LARGE, "file-too-large",
                "Tệp minh chứng vượt quá " + mb + " MB", "The evidence file is larger than " + mb + " MB");
    }

    private static Refusal invalidName(String name) {
        return Refusal.of(Refusal.Reason.INVALID, "invalid-request",
                "Tên tệp không hợp lệ: " + name + " (không được chứa thư mục hay ký tự điều khiển)",
                "Invalid file name: " + name + " (no directories or control characters)");
    }
}
