package vn.laichau.par.persistence.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.LocalDate;
import vn.laichau.par.domain.calendar.AdjustmentKind;
import vn.laichau.par.domain.calendar.CalendarAdjustment;

/** The stored form of a {@link CalendarAdjustment}: one day made a day off or a working day by hand. */
@Entity
@Table(name = "calendar_adjustment")
public class CalendarAdjustmentEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "day", nullable = false, unique = true)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private AdjustmentKind kind;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Version
    @Column(name = "version")
    private long version;

    protected CalendarAdjustmentEntry() {
    }

    CalendarAdjustmentEntry(CalendarAdjustment adjustment) {
        this.day = adjustment.date();
        this.kind = adjustment.kind();
        this.reason = Normalizer.normalize(adjustment.reason().strip(), Normalizer.Form.NFC);
    }

    public CalendarAdjustment toAdjustment() {
        return new CalendarAdjustment(day, kind, reason);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }
}
