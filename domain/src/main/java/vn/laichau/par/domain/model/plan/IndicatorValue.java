package vn.laichau.par.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The value an indicator actually reached in one year, to compare with its target. */
@Entity
@Table(name = "indicator_value", uniqueConstraints = @UniqueConstraint(name = "uq_indicator_value_year",
        columnNames = {"indicator_id", "value_year"}))
public class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private long indicatorId;

    @Column(name = "value_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "actual_value", nullable = false, precision = 9, scale = 2)
    private BigDecimal value;

    @Column(name = "source", length = 500)
    private String source;

    @Column(name = "note", length = 1000)
    private String note;

    @Version
    @Column(name = "version")
    private long version;

    protected IndicatorValue() {
    }

    public IndicatorValue(long indicatorId, int year, BigDecimal value, String note) {
        this(indicatorId, year, value, null, note);
    }

    /**
     * @param source where the figure comes from, e.g. the report or survey that states it
     */
    public IndicatorValue(long indicatorId, int year, BigDecimal value, String source, String note) {
        this.indicatorId = indicatorId;
        this.year = year;
        correct(value, source, note);
    }

    /** Replaces the recorded value, e.g. when the year's statistics are revised. */
    public void correct(BigDecimal newValue, String newNote) {
        correct(newValue, source, newNote);
    }

    /** Replaces the recorded value with its source. */
    public void correct(BigDecimal newValue, String newSource, String newNote) {
        Objects.requireNonNull(newValue, "value");
        if (newValue.signum() < 0) {
            throw new IllegalArgumentException("An indicator value cannot be negative");
        }
        this.value = newValue;
        this.source = Texts.optional(newSource);
        this.note = Texts.optional(newNote);
    }

    public Long id() {
        return id;
    }

    public long indicatorId() {
        return indicatorId;
    }

    public int year() {
        return year;
    }

    public BigDecimal value() {
        return value;
    }

    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public long version() {
        return version;
    }
}
