package vn.laichau.par.notifier.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.notifier.recipient.AgencyRecipients;
import vn.laichau.par.notifier.recipient.Audience;
import vn.laichau.par.notifier.recipient.ChannelPreference;
import vn.laichau.par.notifier.recipient.Recipient;

/** Agencies, people and occurrences the planner tests share. */
final class Fixtures {

    static final long JUSTICE = 10;
    static final long FINANCE = 20;
    static final Recipient OFFICIAL = Recipient.of(1, "Nguyễn Văn An", ChannelPreference.telegram(1001));
    static final Recipient COLLEAGUE = Recipient.of(2, "Trần Thị Bình", ChannelPreference.email("binh@laichau.gov.vn"));
    static final Recipient HEAD = Recipient.of(3, "Lò Văn Cường", ChannelPreference.telegram(1003));
    static final Recipient FINANCE_OFFICIAL = Recipient.of(4, "Phạm Thu Dung", ChannelPreference.telegram(1004));
    static final Recipient MONITOR = Recipient.of(8, "Hoàng Minh Giang", ChannelPreference.telegram(1008));
    static final Recipient MONITOR_DEPUTY = Recipient.of(9, "Vũ Thị Hà", ChannelPreference.email("ha@laichau.gov.vn"));

    private Fixtures() {
    }

    static Audience audience() {
        return audience(OFFICIAL, COLLEAGUE);
    }

    static Audience audience(Recipient... justiceOfficials) {
        return new Audience(List.of(
                new AgencyRecipients(JUSTICE, List.of(justiceOfficials), Optional.of(HEAD)),
                new AgencyRecipients(FINANCE, List.of(FINANCE_OFFICIAL), Optional.empty())),
                List.of(MONITOR, MONITOR_DEPUTY));
    }

    static AlertSubject open(long occurrenceId, long taskId, long agencyId, LocalDate due) {
        String agencyName = agencyId == JUSTICE ? "Sở Tư pháp" : "Sở Tài chính";
        return new AlertSubject(occurrenceId, taskId, "III." + taskId, "Nhiệm vụ số " + taskId, agencyId,
                agencyName, due, Optional.empty(), false, List.of());
    }

    static AlertSubject finished(AlertSubject subject, LocalDate on) {
        return new AlertSubject(subject.occurrenceId(), subject.taskId(), subject.taskCode(), subject.taskTitle(),
                subject.agencyId(), subject.agencyName(), subject.dueDate(), Optional.of(on), subject.extended(),
                subject.missingEvidence());
    }

    static AlertSubject extended(AlertSubject subject, LocalDate newDue) {
        return new AlertSubject(subject.occurrenceId(), subject.taskId(), subject.taskCode(), subject.taskTitle(),
                subject.agencyId(), subject.agencyName(), newDue, subject.finishedOn(), true,
                subject.missingEvidence());
    }
}
