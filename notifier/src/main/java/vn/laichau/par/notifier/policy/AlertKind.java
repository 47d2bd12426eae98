package vn.laichau.par.notifier.policy;

/**
 * What an alert message is, and so who receives it. One outbox row is one message of one kind to one person
 * (or one group chat) on one day; several occurrences can travel in it.
 */
public enum AlertKind {

    /**
     * To each official of the responsible agency: the day's merged list of tasks coming due, due today and
     * overdue. At most one per person per day.
     */
    REMINDER,

    /** To the head of the responsible agency: tasks overdue for the configured number of working days. */
    HEAD_ESCALATION,

    /**
     * To each Telegram group chat subscribed to the responsible agency ({@code /nhom}): the agency's reminders
     * and overdue alerts of the day merged into one message. At most one per group per day.
     */
    GROUP_REMINDER,

    /** To each person of the monitoring agency: every overdue occurrence, grouped by agency. */
    WEEKLY_DIGEST,

    /** To each person of the monitoring agency: the on-time rates of the previous month, by agency. */
    MONTHLY_SUMMARY;

    /**
     * Whether the message lists occurrences of the day that are checked again just before sending (reminders,
     * escalations, group reminders). Digests and summaries are the monitoring agency's snapshot of the day.
     */
    public boolean listsOpenItems() {
        return this == REMINDER || this == HEAD_ESCALATION || this == GROUP_REMINDER;
    }
}
