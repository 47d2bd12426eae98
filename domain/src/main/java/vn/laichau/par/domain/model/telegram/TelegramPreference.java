package vn.laichau.par.domain.model.telegram;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An official's alert preferences set through {@code /caidat}: muted tasks, quiet hours (local time of
 * Asia/Ho_Chi_Minh, may wrap midnight) and which channels alerts use.
 */
@Entity
@Table(name = "telegram_preference")
public class TelegramPreference {

    @Id
    @Column(name = "official_id")
    private long officialId;

    @Column(name = "quiet_from")
    private LocalTime quietFrom;

    @Column(name = "quiet_to")
    private LocalTime quietTo;

    @Column(name = "telegram_alerts", nullable = false)
    private boolean telegramAlerts = true;

    @Column(name = "email_alerts", nullable = false)
    private boolean emailAlerts = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "telegram_muted_task", joinColumns = @JoinColumn(name = "official_id"))
    @Column(name = "task_id", nullable = false)
    private Set<Long> mutedTasks = new HashSet<>();

    @Version
    @Column(name = "version")
    private long version;

    protected TelegramPreference() {
    }

    public TelegramPreference(long officialId) {
        this.officialId = officialId;
    }

    public void mute(long taskId) {
        mutedTasks.add(taskId);
    }

    public void unmute(long taskId) {
        mutedTasks.remove(taskId);
    }

    public boolean isMuted(long taskId) {
        return mutedTasks.contains(taskId);
    }

    /** Quiet from {@code from} to {@code to}; equal times are refused, a window may wrap midnight. */
    public void quietBetween(LocalTime from, LocalTime to) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("Quiet hours need different start and end times");
        }
        this.quietFrom = from;
        this.quietTo = to;
    }

    public void noQuietHours() {
        this.quietFrom = null;
        this.quietTo = null;
    }

    /** Whether {@code time} lies in the quiet hours (start included, end excluded). */
    public boolean isQuietAt(LocalTime time) {
        if (quietFrom == null) {
            return false;
        }
        if (quietFrom.isBefore(quietTo)) {
            return !time.isBefore(quietFrom) && time.isBefore(quietTo);
        }
        return !time.isBefore(quietFrom) || time.isBefore(quietTo);
    }

    public void useTelegram(boolean on) {
        this.telegramAlerts = on;
    }

    public void useEmail(boolean on) {
        this.emailAlerts = on;
    }

    public long officialId() {
        return officialId;
    }

    public Optional<LocalTime> quietFrom() {
        return Optional.ofNullable(quietFrom);
    }

    public Optional<LocalTime> quietTo() {
        return Optional.ofNullable(quietTo);
    }

    public boolean telegramAlerts() {
        return telegramAlerts;
    }

    public boolean emailAlerts() {
        return emailAlerts;
    }

    public Set<Long> mutedTasks() {
        return Set.copyOf(mutedTasks);
    }
}
