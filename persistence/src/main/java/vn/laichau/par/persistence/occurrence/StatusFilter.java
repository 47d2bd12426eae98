package vn.laichau.par.persistence.occurrence;

/** The statuses one can list occurrences by: each status, and open or finished as a whole. */
public enum StatusFilter {
    NOT_YET_DUE,
    DUE_SOON,
    OVERDUE,
    FINISHED_EARLY,
    FINISHED_ON_TIME,
    FINISHED_LATE,
    OPEN,
    FINISHED;

    /** The JPQL condition on occurrence {@code o}, with parameters {@code :today} and {@code :soon}. */
    String condition() {
        return switch (this) {
            case NOT_YET_DUE -> "o.finishedOn IS NULL AND o.dueDate > :soon";
            case DUE_SOON -> "o.finishedOn IS NULL AND o.dueDate >= :today AND o.dueDate <= :soon";
            case OVERDUE -> "o.finishedOn IS NULL AND o.dueDate < :today";
            case FINISHED_EARLY -> "o.finishedOn IS NOT NULL AND o.finishedOn < o.dueDate";
            case FINISHED_ON_TIME -> "o.finishedOn IS NOT NULL AND o.finishedOn = o.dueDate";
            case FINISHED_LATE -> "o.finishedOn IS NOT NULL AND o.finishedOn > o.dueDate";
            case OPEN -> "o.finishedOn IS NULL";
            case FINISHED -> "o.finishedOn IS NOT NULL";
        };
    }
}
