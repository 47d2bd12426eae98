package vn.laichau.par.notifier.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.domain.model.occurrence.StatusRule;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.policy.SendingWindow;
import vn.laichau.par.notifier.recipient.AgencyRecipients;
import vn.laichau.par.notifier.recipient.Audience;
import vn.laichau.par.notifier.recipient.Recipient;

/**
 * Decides the alerts of one day: a pure function of the day, the occurrences, the people, the calendar and
 * the policy. Planning the same day twice gives the same alerts with the same keys, so a unique key in the
 * outbox writes each one once.
 *
 * <ul>
 *   <li>{@link AlertKind#REMINDER}: each official of the responsible agency gets one message a day with every
 *       occurrence whose reminder day (the configured working days before the due date, the due date) or
 *       overdue day (the day after, then weekly) falls in the day's window; tasks the official muted are
 *       left out.</li>
 *   <li>{@link AlertKind#HEAD_ESCALATION}: the agency head gets one message a day with the occurrences that
 *       became overdue by the escalation delay in working days that day.</li>
 *   <li>{@link AlertKind#GROUP_REMINDER}: each Telegram group chat subscribed to the agency gets one message a
 *       day with the agency's reminder and escalation items together, whatever its officials muted.</li>
 *   <li>{@link AlertKind#WEEKLY_DIGEST}: each person of the monitoring agency gets every overdue occurrence,
 *       muted or not, by agency; nothing when nothing is overdue.</li>
 *   <li>{@link AlertKind#MONTHLY_SUMMARY}: each person of the monitoring agency gets the on-time figures of the
 *       occurrences due in the previous month; nothing when none was due. For this the caller passes, on the
 *       days {@link #summarisedMonth} names, the finished occurrences due in that month too.</li>
 * </ul>
 * Finished occurrences get no reminder, escalation or digest line. An extension is simply a later due date:
 * the reminders follow it. Non-urgent messages wait for the end of the policy's quiet hours and, for a person
 * who keeps quiet hours of their own, for the end of those too.
 */
public final class AlertPlanner {

    private static final StatusRule STATUS = StatusRule.standard();

    private final AlertPolicy policy;
    private final WorkingDayCalendar calendar;
    private final SendingWindow sendingWindow;

    public AlertPlanner(AlertPolicy policy, WorkingDayCalendar calendar) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.sendingWindow = new SendingWindow(policy, calendar);
    }

    /** The month whose finished occurrences the planning of {@code day} needs, if that day sends a summary. */
    public Optional<YearMonth> summarisedMonth(LocalDate day) {
        return PlanningDay.of(day, calendar, policy).summarisedMonth();
    }

    /** The alerts of {@code day}, in a stable order: by kind, then by recipient. */
    public List<Alert> plan(LocalDate day, Collection<AlertSubject> subjects, Audience audience) {
        PlanningDay planning = PlanningDay.of(day, calendar, policy);
        Map<Long, List<AlertItem>> remindersByAgency = new TreeMap<>();
        Map<Long, List<AlertItem>> escalationsByAgency = new TreeMap<>();
        Map<Long, List<AlertItem>> overdueByAgency = new HashMap<>();
        boolean digest = planning.isWeeklyDigestDay();
        Optional<YearMonth> summarised = planning.summarisedMonth();
        OnTimeTally tally = summarised.map(OnTimeTally::new).orElse(null);

        for (AlertSubject subject : subjects) {
            if (tally != null) {
                tally.count(subject, STATUS.statusOf(subject.dueDate(), day, subject.finishedOn()));
            }
            if (!subject.isOpen()) {
                continue;
            }
            long due = subject.dueDate().toEpochDay();
            if (planning.remindsOf(due)) {
                remindersByAgency.computeIfAbsent(subject.agencyId(), id -> new ArrayList<>())
                        .add(new AlertItem(subject, planning.noticeOf(due)));
            }
            if (planning.escalatesOf(due)) {
                escalationsByAgency.computeIfAbsent(subject.agencyId(), id -> new ArrayList<>())
                        .add(new AlertItem(subject, planning.noticeOf(due)));
            }
            if (digest && subject.dueDate().isBefore(day)) {
                overdueByAgency.computeIfAbsent(subject.agencyId(), id -> new ArrayList<>())
                        .add(new AlertItem(subject, planning.noticeOf(due)));
            }
        }

        List<Alert> alerts = new ArrayList<>();
        alerts.addAll(reminders(day, remindersByAgency, audience));
        alerts.addAll(escalations(day, escalationsByAgency, audience));
        alerts.addAll(groupReminders(day, remindersByAgency, escalationsByAgency, audience));
        if (!overdueByAgency.isEmpty()) {
            DueItems content = new DueItems(byAgency(overdueByAgency));
            String subject = String.format("week-%d-W%02d",
                    day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            alerts.addAll(toEachOf(audience.monitoring(), AlertKind.WEEKLY_DIGEST, subject, day, content));
        }
        if (tally != null && !tally.isEmpty()) {
            alerts.addAll(toEachOf(audience.monitoring(), AlertKind.MONTHLY_SUMMARY,
                    "month-" + tally.month(), day, tally.report()));
        }
        return List.copyOf(alerts);
    }

    /** The items agency by agency in the order of their names, each agency's items the earliest due first. */
    private static List<AlertItem> byAgency(Map<Long, List<AlertItem>> itemsByAgency) {
        List<AlertItem> ordered = new ArrayList<>();
        itemsByAgency.values().stream()
                .sorted(Comparator.comparing((List<AlertItem> items) -> items.get(0).subject().agencyName())
                        .thenComparingLong(items -> items.get(0).subject().agencyId()))
                .forEach(items -> {
                    items.sort(AlertItem.BY_DUE_DATE);
                    ordered.addAll(items);
                });
        return ordered;
    }

    /**
     * Each official's reminder: the items of the agencies the official works for, less the muted tasks. The
     * common case, an official of one agency who muted nothing, shares the agency's list, ordered once.
     */
    private List<Alert> reminders(LocalDate day, Map<Long, List<AlertItem>> byAgency, Audience audience) {
        Map<Long, Recipient> officials = new TreeMap<>();
        Map<Long, List<Long>> agenciesOf = new HashMap<>();
        byAgency.forEach((agencyId, items) -> audience.of(agencyId).map(AgencyRecipients::officials)
                .orElse(List.of())
                .forEach(official -> {
                    officials.putIfAbsent(official.personId(), official);
                    agenciesOf.computeIfAbsent(official.personId(), id -> new ArrayList<>()).add(agencyId);
                }));
        Map<Long, DueItems> agencyLists = new HashMap<>();
        List<Alert> alerts = new ArrayList<>();
        officials.forEach((personId, official) -> {
            List<Long> agencies = agenciesOf.get(personId);
            DueItems content;
            if (agencies.size() == 1 && official.mutedTaskIds().isEmpty()) {
                content = agencyLists.computeIfAbsent(agencies.get(0), id -> personalItems(byAgency.get(id)));
            } else {
                PersonalList list = new PersonalList(official);
                agencies.forEach(agencyId -> byAgency.get(agencyId).stream()
                        .filter(item -> !official.hasMuted(item.subject().taskId()))
                        .forEach(list::add));
                content = list.content();
            }
            if (!content.items().isEmpty()) {
                alerts.add(alert(AlertKind.REMINDER, AlertKey.DAILY, official, day, content));
            }
        });
        return alerts;
    }

    private List<Alert> escalations(LocalDate day, Map<Long, List<AlertItem>> byAgency, Audience audience) {
        Map<Long, PersonalList> byPerson = new TreeMap<>();
        byAgency.forEach((agencyId, items) -> audience.of(agencyId).flatMap(AgencyRecipients::head)
                .ifPresent(head -> items.forEach(item -> byPerson.computeIfAbsent(head.personId(),
                        id -> new PersonalList(head)).add(item))));
        return personal(AlertKind.HEAD_ESCALATION, day, byPerson);
    }

    /** Each agency's reminders and escalations of the day in one message to each of its group chats. */
    private List<Alert> groupReminders(LocalDate day, Map<Long, List<AlertItem>> reminders,
                                       Map<Long, List<AlertItem>> escalations, Audience audience) {
        Map<Long, PersonalList> byGroup = new TreeMap<>();
        for (Map<Long, List<AlertItem>> byAgency : List.of(reminders, escalations)) {
            byAgency.forEach((agencyId, items) -> audience.of(agencyId).map(AgencyRecipients::groupChats)
                    .orElse(List.of())
                    .forEach(chat -> {
                        PersonalList list = byGroup.computeIfAbsent(chat,
                                id -> new PersonalList(AgencyRecipients.groupChat(id)));
                        items.forEach(list::add);
                    }));
        }
        return personal(AlertKind.GROUP_REMINDER, day, byGroup);
    }

    /**
     * What a message of {@code day} says about an open occurrence due on {@code dueDate}: for a message whose
     * items are written out again just before it is sent.
     */
    public Notice noticeOn(LocalDate day, LocalDate dueDate) {
        return PlanningDay.of(day, calendar, policy).noticeOf(dueDate.toEpochDay());
    }

    /** The items of a personal or group message in the order the planner gives them. */
    public static DueItems personalItems(List<AlertItem> items) {
        return new DueItems(items.stream().sorted(AlertItem.BY_URGENCY).toList());
    }

    private List<Alert> personal(AlertKind kind, LocalDate day, Map<Long, PersonalList> byPerson) {
        return byPerson.values().stream()
                .map(list -> alert(kind, AlertKey.DAILY, list.recipient(), day, list.content()))
                .toList();
    }

    private List<Alert> toEachOf(List<Recipient> recipients, AlertKind kind, String subject, LocalDate day,
                                 AlertContent content) {
        return recipients.stream()
                .sorted(Comparator.comparingLong(Recipient::personId))
                .map(recipient -> alert(kind, subject, recipient, day, content))
                .toList();
    }

    private Alert alert(AlertKind kind, String subject, Recipient recipient, LocalDate day, AlertContent content) {
        AlertKey key = new AlertKey(subject, kind, recipient.personId(), day);
        return new Alert(key, recipient, notBefore(kind, recipient, day), content);
    }

    private Instant notBefore(AlertKind kind, Recipient recipient, LocalDate day) {
        return policy.isUrgent(kind) ? sendingWindow.startOf(day)
                : sendingWindow.earliestSendingTime(kind, sendingWindow.morningOf(day), recipient.quietHours());
    }
}
