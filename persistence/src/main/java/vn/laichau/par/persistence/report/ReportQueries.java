package vn.laichau.par.persistence.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The occurrences of a plan due in a date range (for one agency or all), with their evidence file names and the
 * extensions granted on them. Each read goes through the plan's tasks and {@code ix_occurrence_task_due}, so only
 * the rows of the plan and range are touched; rows come back as small values, not entities. Must run in a
 * transaction.
 */
@ApplicationScoped
public class ReportQueries {

    /** One occurrence as the reports show it; {@code finishedOn} is null while open. */
    public record OccurrenceLine(long id, long taskId, long agencyId, String period, LocalDate dueDate,
                                 LocalDate finishedOn, boolean evidenceRequired, int evidenceCount,
                                 int progressPercent) {
    }

    /** An extension granted: the due date it moved and the decision that moved it. */
    public record GrantedExtension(long occurrenceId, LocalDate oldDueDate, LocalDate newDueDate,
                                   String decisionReference) {
    }

    private static final String FROM = " FROM task t JOIN occurrence o ON o.task_id = t.id "
            + "AND o.due_date BETWEEN ?1 AND ?2 ";

    private final EntityManager em;

    @Inject
    public ReportQueries(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected ReportQueries() {
        this(null);
    }

    /**
     * The plan's occurrences due from {@code from} to {@code to}, both included, in task order then due date. Read
     * with the transaction's own JDBC connection and a forward-only cursor straight into small values (a province's
     * year can hold tens of thousands of rows, which entity-manager result rows would make several times larger);
     * the period texts, of which there are few, are shared.
     */
    public List<OccurrenceLine> occurrencesDue(long planId, LocalDate from, LocalDate to, Optional<Long> agencyId) {
        String sql = "SELECT o.id, o.task_id, o.agency_id, o.period, o.due_date, o.finished_on, o.evidence_required, "
                + "o.evidence_count, o.progress_percent FROM task t JOIN occurrence o ON o.task_id = t.id "
                + "AND o.due_date BETWEEN ? AND ? WHERE t.plan_id = ?" + (agencyId.isPresent() ? " AND o.agency_id = ?" : "")
                + " ORDER BY t.position, o.due_date, o.agency_id, o.id";
        Connection connection = em.unwrap(Connection.class);
        List<OccurrenceLine> lines = new ArrayList<>();
        Map<String, String> periods = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(1000);
            statement.setDate(1, Date.valueOf(from));
            statement.setDate(2, Date.valueOf(to));
            statement.setLong(3, planId);
            if (agencyId.isPresent()) {
                statement.setLong(4, agencyId.get());
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Date finished = rs.getDate(6);
                    lines.add(new OccurrenceLine(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            periods.computeIfAbsent(rs.getString(4), p -> p), rs.getDate(5).toLocalDate(),
                            finished == null ? null : finished.toLocalDate(), rs.getBoolean(7), rs.getInt(8),
                            rs.getInt(9)));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
        return lines;
    }

    /** The evidence file names of those occurrences, by occurrence, oldest first. */
    public Map<Long, List<String>> evidenceNames(long planId, LocalDate from, LocalDate to, Optional<Long> agencyId) {
        Query query = query("SELECT e.occurrence_id, e.file_name" + FROM + "JOIN evidence e ON e.occurrence_id = o.id",
                " ORDER BY e.occurrence_id, e.uploaded_at, e.id", planId, from, to, agencyId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, List<String>> names = new HashMap<>();
        for (Object[] r : rows) {
            names.computeIfAbsent(number(r[0]), k -> new ArrayList<>(2)).add((String) r[1]);
        }
        return names;
    }

    /** The extensions approved on those occurrences, by occurrence, oldest first. */
    public Map<Long, List<GrantedExtension>> grantedExtensions(long planId, LocalDate from, LocalDate to,
                                                               Optional<Long> agencyId) {
        Query query = query("SELECT x.occurrence_id, x.old_due_date, x.new_due_date, x.decision_reference" + FROM
                        + "JOIN deadline_extension x ON x.occurrence_id = o.id AND x.status = 'APPROVED'",
                " ORDER BY x.occurrence_id, x.requested_at, x.id", planId, from, to, agencyId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, List<GrantedExtension>> granted = new HashMap<>();
        for (Object[] r : rows) {
            granted.computeIfAbsent(number(r[0]), k -> new ArrayList<>(1)).add(
                    new GrantedExtension(number(r[0]), date(r[1]), date(r[2]), (String) r[3]));
        }
        return granted;
    }

    private Query query(String select, String order, long planId, LocalDate from, LocalDate to,
                        Optional<Long> agencyId) {
        String sql = select + " WHERE t.plan_id = ?3" + (agencyId.isPresent() ? " AND o.agency_id = ?4" : "") + order;
        Query query = em.createNativeQuery(sql).setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to))
                .setParameter(3, planId);
        agencyId.ifPresent(a -> query.setParameter(4, a));
        return query;
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
