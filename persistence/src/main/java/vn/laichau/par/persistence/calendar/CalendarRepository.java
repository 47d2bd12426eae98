package vn.laichau.par.persistence.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.calendar.CalendarAdjustment;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;

/** The days of the holiday calendar changed by hand (swap days, make-up Saturdays) and the calendar they give. */
@ApplicationScoped
public class CalendarRepository {

    private final EntityManager em;

    @Inject
    public CalendarRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected CalendarRepository() {
        this(null);
    }

    /** Every adjustment, by day. */
    public List<CalendarAdjustment> adjustments() {
        return em.createQuery("SELECT c FROM CalendarAdjustmentEntry c ORDER BY c.day", CalendarAdjustmentEntry.class)
                .getResultStream().map(CalendarAdjustmentEntry::toAdjustment).toList();
    }

    public Optional<CalendarAdjustment> adjustmentOn(LocalDate day) {
        return entryOn(day).map(CalendarAdjustmentEntry::toAdjustment);
    }

    /** Adds an adjustment; a day can be adjusted once (remove the old one to change it). */
    public CalendarAdjustment add(CalendarAdjustment adjustment) {
        if (entryOn(adjustment.date()).isPresent()) {
            throw new InvalidPlanDataException("calendar " + adjustment.date(),
                    "Ngày " + adjustment.date() + " đã được điều chỉnh",
                    "The day " + adjustment.date() + " is already adjusted");
        }
        em.persist(new CalendarAdjustmentEntry(adjustment));
        return adjustment;
    }

    /** Removes the adjustment of a day; whether there was one. */
    public boolean remove(LocalDate day) {
        Optional<CalendarAdjustmentEntry> entry = entryOn(day);
        entry.ifPresent(em::remove);
        return entry.isPresent();
    }

    /** The Vietnamese working-day calendar with the stored adjustments. */
    public WorkingDayCalendar calendar() {
        return WorkingDayCalendar.vietnam().withAdjustments(adjustments());
    }

    private Optional<CalendarAdjustmentEntry> entryOn(LocalDate day) {
        return em.createQuery("SELECT c FROM CalendarAdjustmentEntry c WHERE c.day = :day", CalendarAdjustmentEntry.class)
                .setParameter("day", day).getResultStream().findFirst();
    }

    /** Writes the pending changes of the unit of work to the database now. */
    public void flush() {
        em.flush();
    }
}
