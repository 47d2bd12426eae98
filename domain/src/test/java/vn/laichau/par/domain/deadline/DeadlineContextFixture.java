package vn.laichau.par.domain.deadline;

import vn.laichau.par.domain.calendar.WorkingDayCalendar;

final class DeadlineContextFixture {

    private DeadlineContextFixture() {
    }

    static DeadlineContext standard() {
        return DeadlineContext.standard(WorkingDayCalendar.vietnam());
    }
}
