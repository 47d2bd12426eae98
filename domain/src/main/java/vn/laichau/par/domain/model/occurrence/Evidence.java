package vn.laichau.par.domain.model.occurrence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;

/**
 * The metadata of one evidence document ("tài liệu kiểm chứng") received for an occurrence: the file as
 * uploaded, its checksum and where it is stored. The file itself lives outside the database.
 */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurrence_id", nullable = false, updatable = false)
    private long occurrenceId;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 127, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "storage_path", nullable = false, length = 1000, updatable = false)
    private String storagePath;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 8, updatable = false)
    private Channel channel;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Evidence() {
    }

    public Evidence(long occurrenceId, String fileName, String contentType, long sizeBytes, String sha256,
                    String storagePath, Actor actor, Instant uploadedAt) {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("fileName must not be blank");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("size cannot be negative");
        }
        if (sha256 == null || sha256.length() != 64 || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("sha256 must be 64 hexadecimal digits");
        }
        this.occurrenceId = occurrenceId;
        this.fileName = Normalizer.normalize(fileName.strip(), Normalizer.Form.NFC);
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
        this.storagePath = Objects.requireNonNull(storagePath, "storagePath");
        this.uploadedBy = actor.officialId().orElse(null);
        this.channel = actor.channel();
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public Long id() {
        return id;
    }

    public long occurrenceId() {
        return occurrenceId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storagePath() {
        return storagePath;
    }

    public Optional<Long> uploadedBy() {
        return Optional.ofNullable(uploadedBy);
    }

    public Channel channel() {
        return channel;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
