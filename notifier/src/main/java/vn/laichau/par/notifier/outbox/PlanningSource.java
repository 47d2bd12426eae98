package vn.laichau.par.notifier.outbox;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import vn.laichau.par.notifier.planning.AlertSubject;
import vn.laichau.par.notifier.policy.QuietHours;
import vn.laichau.par.notifier.recipient.AgencyRecipients;
import vn.laichau.par.notifier.recipient.Audience;
import vn.laichau.par.domain.model.notification.AlertChannelOrder;
import vn.laichau.par.notifier.recipient.ChannelPreference;
import vn.laichau.par.notifier.recipient.Recipient;

/**
 * Reads what the planner needs for one day with a few plain queries: the open occurrences due up to a horizon
 * (streamed, one row per occurrence, the task and agency texts shared from small look-ups), on summary days
 * the finished ones of the summarised month, and the active officials with their channels.
 */
public final class PlanningSource {

    private static final int FETCH_SIZE = 10_000;
    private static final int TITLE_LENGTH = 300;

    private final DataSource dataSource;
    private final String monitoringAgencyCode;

    public PlanningSource(DataSource dataSource, String monitoringAgencyCode) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.monitoringAgencyCode = Objects.requireNonNull(monitoringAgencyCode, "monitoringAgencyCode");
    }

    /**
     * The occurrences open on {@code day} and due no later than {@code horizon}, plus, when {@code summarised}
     * names a month, every occurrence due in it.
     */
    public List<AlertSubject> subjects(LocalDate horizon, Optional<YearMonth> summarised) {
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, TaskText> tasks = tasks(connection);
            Map<Long, String> agencies = agencyNames(connection);
            Set<Long> extended = extended(connection);
            Rows rows = new Rows(tasks, agencies, extended);
            read(connection, "SELECT " + COLUMNS + " FROM occurrence WHERE finished_on IS NULL AND due_date <= ?",
                    List.of(Date.valueOf(horizon)), rows);
            if (summarised.isPresent()) {
                read(connection, "SELECT " + COLUMNS + " FROM occurrence WHERE finished_on IS NOT NULL "
                                + "AND due_date BETWEEN ? AND ?",
                        List.of(Date.valueOf(summarised.get().atDay(1)), Date.valueOf(summarised.get().atEndOfMonth())),
                        rows);
            }
            return rows.subjects;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the occurrences to plan", e);
        }
    }

    /**
     * The occurrences {@code ids} as they stand now, finished or not, in no particular order; ids that no longer
     * exist are left out. For the check of a message's items just before it is sent.
     */
    public List<AlertSubject> subjectsOf(Collection<Long> ids) {
        return itemsNow(ids).subjects();
    }

    /**
     * The occurrences of a message as they stand now, and the version of each (which the buttons under the
     * message carry).
     *
     * @param subjects the occurrences {@code ids} still stored, finished or not, in no particular order
     * @param versions each one's current version, by occurrence id
     */
    public record ItemsNow(List<AlertSubject> subjects, Map<Long, Long> versions) {
        public ItemsNow {
            subjects = List.copyOf(subjects);
            versions = Map.copyOf(versions);
        }
    }

    /** {@link #subjectsOf} with the current version of each occurrence, read in the same query. */
    public ItemsNow itemsNow(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new ItemsNow(List.of(), Map.of());
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, TaskText> tasks = new HashMap<>();
            Map<Long, String> agencies = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT t.id, t.code, t.heading, "
                    + "t.full_text, t.evidence_documents, a.id, a.name FROM occurrence o JOIN task t ON t.id = o.task_id "
                    + "JOIN agency a ON a.id = o.agency_id WHERE o.id IN (" + in + ")")) {
                bind(statement, List.copyOf(ids));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tasks.put(rows.getLong(1), TaskText.of(rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getString(5)));
                        agencies.put(rows.getLong(6), rows.getString(7));
                    }
                }
            }
            Set<Long> extended = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT occurrence_id "
                    + "FROM deadline_extension WHERE status = 'APPROVED' AND occurrence_id IN (" + in + ")")) {
                bind(statement, List.copyOf(ids));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        extended.add(rows.getLong(1));
                    }
                }
            }
            Rows rows = new Rows(tasks, agencies, extended);
            Map<Long, Long> versions = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + ", version FROM occurrence WHERE id IN (" + in + ")")) {
                bind(statement, List.copyOf(ids));
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        add(result, rows);
                        versions.put(result.getLong(1), result.getLong(7));
                    }
                }
            }
            return new ItemsNow(rows.subjects, versions);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the occurrences of a message", e);
        }
    }

    /** Days as numbers since 1970-01-01 (TO_DAYS of that day is 719528): cheaper to read than dates. */
    private static final String COLUMNS = "id, task_id, agency_id, TO_DAYS(due_date) - 719528, "
            + "TO_DAYS(finished_on) - 719528, evidence_required AND evidence_count = 0";

    /** The subjects read so far, sharing the texts of tasks and agencies and one date object per day. */
    private static final class Rows {
        private final Map<Long, TaskText> tasks;
        private final Map<Long, String> agencies;
        private final Set<Long> extended;
        private final Map<Long, LocalDate> days = new HashMap<>();
        private final Map<Long, Optional<LocalDate>> finishedDays = new HashMap<>();
        private final List<AlertSubject> subjects = new ArrayList<>();

        Rows(Map<Long, TaskText> tasks, Map<Long, String> agencies, Set<Long> extended) {
            this.tasks = tasks;
            this.agencies = agencies;
            this.extended = extended;
        }

        void add(long id, long taskId, long agencyId, long due, long finished, boolean evidenceMissing) {
            TaskText task = tasks.getOrDefault(taskId, TaskText.UNKNOWN);
            String agency = agencies.get(agencyId);
            if (agency == null) {
                agency = "Cơ quan " + agencyId;
                agencies.put(agencyId, agency);
            }
            Optional<LocalDate> finishedOn = finished == NONE ? Optional.empty()
                    : finishedDays.computeIfAbsent(finished, d -> Optional.of(LocalDate.ofEpochDay(d)));
            subjects.add(new AlertSubject(id, taskId, task.code(), task.title(), agencyId, agency,
                    days.computeIfAbsent(due, LocalDate::ofEpochDay), finishedOn, extended.contains(id),
                    evidenceMissing ? task.evidence() : List.of()));
        }
    }

    private static final long NONE = Long.MIN_VALUE;

    private static void read(Connection connection, String sql, List<?> parameters, Rows into) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    add(rows, into);
                }
            }
        }
    }

    /** The subject of the current row of a query selecting {@link #COLUMNS} first. */
    private static void add(ResultSet row, Rows into) throws SQLException {
        long finished = row.getLong(5);
        if (row.wasNull()) {
            finished = NONE;
        }
        into.add(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), finished, row.getBoolean(6));
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static Map<Long, TaskText> tasks(Connection connection) throws SQLException {
        Map<Long, TaskText> tasks = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, code, heading, full_text, evidence_documents FROM task")) {
            while (rows.next()) {
                tasks.put(rows.getLong(1), TaskText.of(rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)));
            }
        }
        return tasks;
    }

    private static Map<Long, String> agencyNames(Connection connection) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, name FROM agency")) {
            while (rows.next()) {
                names.put(rows.getLong(1), rows.getString(2));
            }
        }
        return names;
    }

    private static Set<Long> extended(Connection connection) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT DISTINCT occurrence_id FROM deadline_extension WHERE status = 'APPROVED'")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /**
     * Everyone who may be addressed: each agency's active officials (reminders; the heads only when the agency
     * has no one else) and its head (escalations), and the administrators and leaders of the monitoring agency
     * (all its active officials when it has none), and the group chats subscribed to each agency. Channels, in the
     * official's own order (default Zalo, Telegram, e-mail): Zalo when linked, Telegram when linked, e-mail when
     * known, Telegram and e-mail unless switched off in the bot's settings; then the in-app feed, which always
     * works. Each official carries the tasks muted there and the quiet hours
     * set there.
     */
    public Audience audience() {
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, Settings> settings = settings(connection);
            return audience(connection, settings, channelOrders(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the officials to alert", e);
        }
    }

    private Audience audience(Connection connection, Map<Long, Settings> settings,
                              Map<Long, AlertChannelOrder> orders) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT o.id, o.display_name, o.agency_id, o.head_of_agency, "
                     + "o.email, o.telegram_chat_id, a.code, o.zalo_user_id, "
                     + "EXISTS (SELECT 1 FROM official_role r WHERE r.official_id = o.id "
                     + "AND r.role IN ('ADMIN', 'LEADER')) AS follows "
                     + "FROM official o JOIN agency a ON a.id = o.agency_id WHERE o.active = TRUE ORDER BY o.id")) {
            Map<Long, List<Recipient>> staff = new LinkedHashMap<>();
            Map<Long, List<Recipient>> heads = new LinkedHashMap<>();
            List<Recipient> monitoringLeaders = new ArrayList<>();
            List<Recipient> monitoringAll = new ArrayList<>();
            while (rows.next()) {
                long id = rows.getLong(1);
                Settings chosen = settings.getOrDefault(id, Settings.DEFAULT);
                long chat = rows.getLong(6);
                Optional<Long> telegramChat = rows.wasNull() ? Optional.empty() : Optional.of(chat);
                List<ChannelPreference> channels = ChannelPreference.inOrder(id,
                        orders.getOrDefault(id, AlertChannelOrder.DEFAULT), Optional.ofNullable(rows.getString(8)),
                        telegramChat, chosen.telegram(), Optional.ofNullable(rows.getString(5)), chosen.email());
                Recipient recipient = new Recipient(id, rows.getString(2), channels, chosen.mutedTaskIds(),
                        chosen.quietHours());
                long agency = rows.getLong(3);
                (rows.getBoolean(4) ? heads : staff).computeIfAbsent(agency, a -> new ArrayList<>()).add(recipient);
                if (monitoringAgencyCode.equals(rows.getString(7))) {
                    monitoringAll.add(recipient);
                    if (rows.getBoolean(9)) {
                        monitoringLeaders.add(recipient);
                    }
                }
            }
            Map<Long, List<Long>> groups = groupChats(connection);
            Set<Long> agencies = new HashSet<>(staff.keySet());
            agencies.addAll(heads.keySet());
            agencies.addAll(groups.keySet());
            List<AgencyRecipients> recipients = new ArrayList<>();
            for (long agency : agencies) {
                List<Recipient> agencyHeads = heads.getOrDefault(agency, List.of());
                List<Recipient> officials = staff.getOrDefault(agency, agencyHeads);
                recipients.add(new AgencyRecipients(agency, officials, agencyHeads.stream().findFirst(),
                        groups.getOrDefault(agency, List.of())));
            }
            return new Audience(recipients, monitoringLeaders.isEmpty() ? monitoringAll : monitoringLeaders);
        }
    }

    /** The officials' own orders of alert channels (the bot's {@code /caidat kenh}, the API). */
    private static Map<Long, AlertChannelOrder> channelOrders(Connection connection) throws SQLException {
        Map<Long, AlertChannelOrder> orders = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT official_id, channels FROM official_alert_channels")) {
            while (rows.next()) {
                long official = rows.getLong(1);
                AlertChannelOrder.parse(rows.getString(2)).ifPresent(order -> orders.put(official, order));
            }
        }
        return orders;
    }

    /** The group chats subscribed with the bot's {@code /nhom}, by agency. */
    private static Map<Long, List<Long>> groupChats(Connection connection) throws SQLException {
        Map<Long, List<Long>> groups = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT agency_id, chat_id FROM telegram_group_subscription "
                     + "ORDER BY agency_id, chat_id")) {
            while (rows.next()) {
                groups.computeIfAbsent(rows.getLong(1), a -> new ArrayList<>()).add(rows.getLong(2));
            }
        }
        return groups;
    }

    /**
     * The settings officials stored through the bot's {@code /caidat}, in one query: the channel switches, the
     * quiet hours and the muted tasks. Officials without a stored row keep every channel, mute nothing and
     * follow the policy's quiet hours alone.
     */
    private static Map<Long, Settings> settings(Connection connection) throws SQLException {
        Map<Long, Settings> settings = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT p.official_id, p.telegram_alerts, p.email_alerts, "
                     + "p.quiet_from, p.quiet_to, m.task_id FROM telegram_preference p "
                     + "LEFT JOIN telegram_muted_task m ON m.official_id = p.official_id")) {
            while (rows.next()) {
                long official = rows.getLong(1);
                Settings chosen = settings.get(official);
                if (chosen == null) {
                    Time from = rows.getTime(4);
                    Time to = rows.getTime(5);
                    QuietHours quiet = from == null || to == null ? QuietHours.none()
                            : new QuietHours(from.toLocalTime(), to.toLocalTime());
                    chosen = new Settings(rows.getBoolean(2), rows.getBoolean(3), new HashSet<>(), quiet);
                    settings.put(official, chosen);
                }
                long task = rows.getLong(6);
                if (!rows.wasNull()) {
                    chosen.mutedTaskIds().add(task);
                }
            }
        }
        return settings;
    }

    /** One official's stored settings; {@code mutedTaskIds} is filled while the rows are read. */
    private record Settings(boolean telegram, boolean email, Set<Long> mutedTaskIds, QuietHours quietHours) {
        static final Settings DEFAULT = new Settings(true, true, Set.of(), QuietHours.none());
    }

    private record TaskText(String code, String title, List<String> evidence) {
        static final TaskText UNKNOWN = new TaskText("?", "Nhiệm vụ", List.of());

        /** The heading, or the full text when there is none, cut to a line's length; the evidence documents. */
        static TaskText of(String code, String heading, String fullText, String evidence) {
            String title = heading == null || heading.isBlank() ? fullText : heading;
            title = title.length() <= TITLE_LENGTH ? title : title.substring(0, TITLE_LENGTH - 1) + "…";
            return new TaskText(code, title,
                    evidence == null || evidence.isBlank() ? List.of() : List.of(evidence.strip()));
        }
    }
}
