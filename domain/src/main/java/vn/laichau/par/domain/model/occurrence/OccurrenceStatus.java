package vn.laichau.par.domain.model.occurrence;

/**
 * Where an occurrence stands against its due date: open ones are not yet due, due soon or overdue; finished
 * ones were finished early, on time or late.
 */
public enum OccurrenceStatus {
    NOT_YET_DUE("Chưa đến hạn"),
    DUE_SOON("Sắp đến hạn"),
    OVERDUE("Quá hạn"),
    FINISHED_EARLY("Hoàn thành trước hạn"),
    FINISHED_ON_TIME("Hoàn thành đúng hạn"),
    FINISHED_LATE("Hoàn thành trễ hạn");

    private final String labelVi;

    OccurrenceStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    /** Whether the work is still to be done. */
    public boolean isOpen() {
        return this == NOT_YET_DUE || this == DUE_SOON || this == OVERDUE;
    }

    /** Whether the occurrence needs the responsible agency's attention now: due soon or overdue. */
    public boolean needsAttention() {
        return this == DUE_SOON || this == OVERDUE;
    }

    /** The status as officials name it. */
    public String labelVi() {
        return labelVi;
    }
}
