package vn.laichau.par.domain.model.occurrence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives an occurrence its {@link OccurrenceStatus} from its due date, today and the day it was finished.
 *
 * <ul>
 *   <li>Finished before the due date: {@link OccurrenceStatus#FINISHED_EARLY}; on the due date:
 *       {@link OccurrenceStatus#FINISHED_ON_TIME}; after it: {@link OccurrenceStatus#FINISHED_LATE}
 *       (the "trước hạn / đúng hạn / trễ hạn" of the one-stop-shop statistics).</li>
 *   <li>Open and today after the due date: {@link OccurrenceStatus#OVERDUE}.</li>
 *   <li>Open and the due date within the window (today up to {@code dueSoonDays} calendar days ahead, the due
 *       date itself included): {@link OccurrenceStatus#DUE_SOON}.</li>
 *   <li>Otherwise {@link OccurrenceStatus#NOT_YET_DUE}.</li>
 * </ul>
 * The window counts calendar days, so that a reminder set for "7 days before" is the same for every agency
 * whatever the holidays.
 *
 * <p>What counts as finished is decided by the occurrence, not here: a task that asks for evidence is not
 * finished without it, and the occurrence passes {@code finishedOn} only once it is.
 */
public final class StatusRule {

    /** The window used when nobody configured one: a week. */
    public static final int DEFAULT_DUE_SOON_DAYS = 7;

    private final int dueSoonDays;

    /** @param dueSoonDays how many calendar days before the due date an open occurrence is due soon, 0 or more */
    public StatusRule(int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("The due-soon window cannot be negative: " + dueSoonDays);
        }
        this.dueSoonDays = dueSoonDays;
    }

    public static StatusRule standard() {
        return new StatusRule(DEFAULT_DUE_SOON_DAYS);
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }

    public OccurrenceStatus statusOf(LocalDate dueDate, LocalDate today, Optional<LocalDate> finishedOn) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(finishedOn, "finishedOn");
        if (finishedOn.isPresent()) {
            int comparison = finishedOn.get().compareTo(dueDate);
            if (comparison < 0) {
                return OccurrenceStatus.FINISHED_EARLY;
            }
            return comparison == 0 ? OccurrenceStatus.FINISHED_ON_TIME : OccurrenceStatus.FINISHED_LATE;
        }
        if (today.isAfter(dueDate)) {
            return OccurrenceStatus.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, dueDate) <= dueSoonDays
                ? OccurrenceStatus.DUE_SOON
                : OccurrenceStatus.NOT_YET_DUE;
    }
}
