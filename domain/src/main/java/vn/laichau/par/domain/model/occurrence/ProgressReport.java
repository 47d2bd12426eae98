package vn.laichau.par.domain.model.occurrence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.UserText;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;

/** An agency's update on an occurrence ("báo cáo tiến độ"): the percent reached and a note. Never changed. */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurrence_id", nullable = false, updatable = false)
    private long occurrenceId;

    @Column(name = "percent", nullable = false, updatable = false)
    private int percent;

    @Column(name = "note", length = 2000, updatable = false)
    private String note;

    @Column(name = "reported_by", updatable = false)
    private Long reportedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 8, updatable = false)
    private Channel channel;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    protected ProgressReport() {
    }

    public ProgressReport(long occurrenceId, int percent, String note, Actor actor, Instant reportedAt) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("progress must be 0–100 %, not " + percent);
        }
        this.occurrenceId = occurrenceId;
        this.percent = percent;
        this.note = note == null || note.isBlank() ? null : UserText.lines("note", "Ghi chú tiến độ", note);
        this.reportedBy = actor.officialId().orElse(null);
        this.channel = actor.channel();
        this.reportedAt = Objects.requireNonNull(reportedAt, "reportedAt");
    }

    public Long id() {
        return id;
    }

    public long occurrenceId() {
        return occurrenceId;
    }

    public int percent() {
        return percent;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<Long> reportedBy() {
        return Optional.ofNullable(reportedBy);
    }

    public Channel channel() {
        return channel;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
