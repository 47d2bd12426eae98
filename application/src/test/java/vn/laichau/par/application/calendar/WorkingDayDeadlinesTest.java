package vn.laichau.par.application.calendar;

import vn.laichau.par.application.UseCases;
import vn.laichau.par.persistence.calendar.CalendarRepository;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.calendar.CalendarAdjustment;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DueDate;
import vn.laichau.par.domain.model.agency.ResponsibleParty;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.AuditEntry;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.plan.EvidenceRequirement;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.TaskDefinition;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.plan.PlanRepository;

class WorkingDayDeadlinesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-05-20T02:00:00Z"), ZoneOffset.UTC);
    private static final Actor ADMIN = new Actor(Optional.empty(), "Sở Nội vụ", Channel.API);
    private static final LocalDate EVENT = LocalDate.of(2031, 6, 3);
    /** Tuesday 3/6/2031 + 5 working days = Tuesday 10/6/2031. */
    private static final LocalDate DUE = LocalDate.of(2031, 6, 10);
    private static final LocalDate SWAP_DAY = LocalDate.of(2031, 6, 5);

    private long open;
    private long finished;
    private long extended;
    private long fixed;
    private long limitInText;

    @BeforeEach
    void storeAPlanWithAWorkingDayDeadlineAndADatedOne() {
        Jpa.cleanAndLoadShippedPlan();
        Jpa.run(em -> {
            Plan plan = new Plan("9/KH-UBND", "Kế hoạch cập nhật TTHC", "UBND tỉnh Lai Châu", LocalDate.of(2031, 1, 5),
                    2031, 2031);
            var area = plan.openArea("III", "Cải cách thủ tục hành chính");
            var working = plan.addTask(area, definition("III.1", "05 ngày làm việc kể từ ngày ký quyết định công bố"));
            var dated = plan.addTask(area, definition("III.2", "Xong trước 10/6/2031"));
            var inItsText = plan.addTask(area, new TaskDefinition("III.3", Optional.empty(), "Thường xuyên cập nhật "
                    + "TTHC (trong thời hạn chậm nhất là 05 ngày làm việc kể từ ngày ký quyết định công bố)",
                    "Sở Tư pháp", List.of(ResponsibleParty.agency("SO_TU_PHAP")), "", List.of(), "Thường xuyên",
                    EvidenceRequirement.none(), Optional.empty()));
            new PlanRepository(em).add(plan);
            long agency = Jpa.count("SELECT id FROM agency WHERE code = 'SO_TU_PHAP'");
            DueDate due = new DueDate("2031-E" + EVENT, DUE);
            Occurrence a = new Occurrence(working.id(), agency, due, false);
            Occurrence b = new Occurrence(working.id(), agency, new DueDate("2031-E2031-06-02", LocalDate.of(2031, 6, 9)), false);
            Occurrence c = new Occurrence(working.id(), agency, new DueDate("2031-E2031-06-04", LocalDate.of(2031, 6, 11)), false);
            Occurrence d = new Occurrence(dated.id(), agency, new DueDate("2031", DUE), false);
            Occurrence e = new Occurrence(inItsText.id(), agency, due, false);
            List.of(a, b, c, d, e).forEach(em::persist);
            em.flush();
            b.finish(LocalDate.of(2031, 6, 4));
            open = a.id();
            limitInText = e.id();
            finished = b.id();
            extended = c.id();
            fixed = d.id();
        });
        Jpa.run(em -> {
            Occurrence occurrence = em.find(Occurrence.class, extended);
            DeadlineExtension asked = occurrence.askExtension(LocalDate.of(2031, 6, 20), "Chờ ý kiến Bộ", null,
                    CLOCK.instant());
            em.persist(asked);
            asked.approve(null, "Công văn 12/SNV", CLOCK.instant());
            occurrence.extendDeadline(asked.newDueDate());
        });
    }

    @Test
    void aSwapDayMovesOpenWorkingDayDeadlinesOnlyAndAuditsEachMove() {
        List<MovedDeadline> moved = Jpa.inTransaction(em -> {
            CalendarRepository calendars = new CalendarRepository(em);
            calendars.add(CalendarAdjustment.dayOff(SWAP_DAY, "Nghỉ hoán đổi"));
            return UseCases.workingDayDeadlines(em, CLOCK).redate(calendars.calendar(), ADMIN);
        });

        assertThat(moved).containsExactlyInAnyOrder(new MovedDeadline(open, DUE, LocalDate.of(2031, 6, 11)),
                new MovedDeadline(limitInText, DUE, LocalDate.of(2031, 6, 11)));
        assertThat(dueDate(open)).isEqualTo(LocalDate.of(2031, 6, 11));
        assertThat(dueDate(limitInText)).as("a limit stated in the task's text, not its deadline column")
                .isEqualTo(LocalDate.of(2031, 6, 11));
        assertThat(dueDate(fixed)).isEqualTo(DUE);
        assertThat(dueDate(finished)).isEqualTo(LocalDate.of(2031, 6, 9));
        assertThat(dueDate(extended)).isEqualTo(LocalDate.of(2031, 6, 20));
        List<AuditEntry> history = Jpa.inTransaction(em -> new AuditTrail(em, CLOCK).historyOf(AuditTrail.OCCURRENCE, open));
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("due_date");
            assertThat(e.oldValue()).contains("2031-06-10");
            assertThat(e.newValue()).contains("2031-06-11");
        });
    }

    @Test
    void removingTheSwapDayMovesTheDeadlineBackAndAnUnchangedCalendarMovesNothing() {
        Jpa.run(em -> {
            CalendarRepository calendars = new CalendarRepository(em);
            calendars.add(CalendarAdjustment.dayOff(SWAP_DAY, "Nghỉ hoán đổi"));
            UseCases.workingDayDeadlines(em, CLOCK).redate(calendars.calendar(), ADMIN);
        });
        List<MovedDeadline> back = Jpa.inTransaction(em -> {
            CalendarRepository calendars = new CalendarRepository(em);
            calendars.remove(SWAP_DAY);
            return UseCases.workingDayDeadlines(em, CLOCK).redate(calendars.calendar(), ADMIN);
        });
        List<MovedDeadline> again = Jpa.inTransaction(em ->
                UseCases.workingDayDeadlines(em, CLOCK).redate(new CalendarRepository(em).calendar(), ADMIN));

        assertThat(back).containsExactlyInAnyOrder(new MovedDeadline(open, LocalDate.of(2031, 6, 11), DUE),
                new MovedDeadline(limitInText, LocalDate.of(2031, 6, 11), DUE));
        assertThat(again).isEmpty();
        assertThat(dueDate(open)).isEqualTo(DUE);
    }

    @Test
    void aMakeUpSaturdayBringsAWorkingDayDeadlineForward() {
        LocalDate saturday = LocalDate.of(2031, 6, 7);
        List<MovedDeadline> moved = Jpa.inTransaction(em -> {
            CalendarRepository calendars = new CalendarRepository(em);
            calendars.add(CalendarAdjustment.workingDay(saturday, "Làm bù"));
            return UseCases.workingDayDeadlines(em, CLOCK).redate(calendars.calendar(), ADMIN);
        });

        LocalDate expected = WorkingDayCalendar.vietnam().withAdjustments(List.of(CalendarAdjustment.workingDay(saturday, "x")))
                .plusWorkingDays(EVENT, 5);
        assertThat(expected).isEqualTo(LocalDate.of(2031, 6, 9));
        assertThat(moved).containsExactlyInAnyOrder(new MovedDeadline(open, DUE, expected),
                new MovedDeadline(limitInText, DUE, expected));
        assertThat(DeadlineContext.standard(WorkingDayCalendar.vietnam()).calendar().plusWorkingDays(EVENT, 5)).isEqualTo(DUE);
    }

    private static LocalDate dueDate(long occurrenceId) {
        return Jpa.inTransaction(em -> em.find(Occurrence.class, occurrenceId).dueDate());
    }

    private static TaskDefinition definition(String code, String phrase) {
        return new TaskDefinition(code, Optional.empty(), "Cập nhật TTHC vào Cơ sở dữ liệu quốc gia", "Sở Tư pháp",
                List.of(ResponsibleParty.agency("SO_TU_PHAP")), "", List.of(), phrase, EvidenceRequirement.none(),
                Optional.empty());
    }
}
