package vn.laichau.par.persistence.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.laichau.par.domain.model.notification.OutboxStatus;

/**
 * The alert outbox. Every method runs in the caller's transaction; the dispatcher keeps those short: one to
 * claim, one per outcome, none while a channel is sending. State changes of a claimed message are guarded by
 * the claimant's name, so a dispatcher whose lease ran out cannot overwrite the work of the one that took over.
 */
@ApplicationScoped
public class OutboxRepository {

    private static final int ROWS_PER_INSERT = 200;
    private static final int TUPLES_PER_INSERT = 1_000;
    /** Keeps one statement well under MariaDB's default max_allowed_packet of 16 MiB. */
    private static final long CHARACTERS_PER_INSERT = 2_000_000;
    private static final int MAX_ERROR = 1000;

    private final EntityManager em;

    @Inject
    public OutboxRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected OutboxRepository() {
        this(null);
    }

    /**
     * Writes the rows whose key is not in the outbox yet and ignores the others, so that any number of planners
     * may write the same day. Returns how many rows were new. Multi-row {@code INSERT IGNORE} statements on the
     * transaction's own connection, a few hundred rows each.
     */
    public int write(Collection<OutboxRow> rows, Instant now) {
        Connection connection = em.unwrap(Connection.class);
        List<OutboxRow> all = List.copyOf(rows);
        try {
            int written = 0;
            for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
                List<OutboxRow> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
                written += insertMessages(connection, chunk, now);
                List<Object[]> channels = new ArrayList<>();
                for (OutboxRow row : chunk) {
                    for (int position = 0; position < row.channels().size(); position++) {
                        ChannelAddress channel = row.channels().get(position);
                        channels.add(new Object[] {row.key(), position, channel.channel(), channel.address()});
                    }
                }
                insertMany(connection, "INSERT IGNORE INTO alert_outbox_channel (alert_key, position, channel, "
                        + "address) VALUES ", "(?,?,?,?)", channels);
            }
            return written;
        } catch (SQLException e) {
            throw new PersistenceException("Could not write the outbox", e);
        }
    }

    private static int insertMessages(Connection connection, List<OutboxRow> chunk, Instant now) throws SQLException {
        int inserted = 0;
        List<Object[]> values = new ArrayList<>();
        long characters = 0;
        for (OutboxRow row : chunk) {
            long size = row.plainText().length() + row.telegramHtml().length() + 64;
            if (!values.isEmpty() && characters + size > CHARACTERS_PER_INSERT) {
                inserted += insertMessageValues(connection, values);
                values.clear();
                characters = 0;
            }
            String items = OutboxItems.write(row.occurrences(), row.dueDates());
            values.add(new Object[] {row.key(), row.kind(), row.subject(), row.recipientId(),
                Date.valueOf(row.planDay()), Timestamp.from(row.notBefore()), row.subjectLine(), row.plainText(),
                row.telegramHtml(), items, Timestamp.from(row.notBefore()), Timestamp.from(now)});
            characters += size + (items == null ? 0 : items.length());
        }
        return inserted + (values.isEmpty() ? 0 : insertMessageValues(connection, values));
    }

    private static int insertMessageValues(Connection connection, List<Object[]> values) throws SQLException {
        return insertMany(connection, "INSERT IGNORE INTO alert_outbox (alert_key, kind, subject, recipient_id, "
                + "plan_day, not_before, subject_line, plain_text, telegram_html, items, next_attempt_at, created_at) "
                + "VALUES ", "(?,?,?,?,?,?,?,?,?,?,?,?)", values);
    }

    private static int insertMany(Connection connection, String insert, String tuple, List<Object[]> rows)
            throws SQLException {
        int inserted = 0;
        for (int from = 0; from < rows.size(); from += TUPLES_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + TUPLES_PER_INSERT));
            String sql = insert + String.join(",", Collections.nCopies(chunk.size(), tuple));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        if (value == null) {
                            statement.setNull(index++, java.sql.Types.VARCHAR);
                        } else {
                            statement.setObject(index++, value);
                        }
                    }
                }
                inserted += statement.executeUpdate();
            }
        }
        return inserted;
    }

    /**
     * Claims up to {@code limit} due messages for {@code worker}: claimed ones whose lease ran out, then pending
     * ones whose time has come, each the longest due first (the order of the index, with no sort: a sort would
     * lock every due row and leave nothing for the other dispatchers). Rows another transaction holds are
     * skipped, not waited for. The claim counts as an attempt and holds the message until {@code now + lease}.
     */
    public List<ClaimedMessage> claim(String worker, Instant now, Duration lease, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery("SELECT id FROM alert_outbox FORCE INDEX (ix_alert_outbox_due) "
                        + "WHERE status IN ('CLAIMED', 'PENDING') AND next_attempt_at <= ? "
                        + "LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(id -> ((Number) id).longValue()).toList();
        String in = placeholders(ids.size());
        List<Object> values = new ArrayList<>(List.of(worker, Timestamp.from(now), Timestamp.from(now.plus(lease))));
        values.addAll(ids);
        bind(em.createNativeQuery("UPDATE alert_outbox SET status = 'CLAIMED', claimed_by = ?, claimed_at = ?, "
                + "next_attempt_at = ?, attempts = attempts + 1, version = version + 1 WHERE id IN (" + in + ")"),
                values).executeUpdate();
        return load(ids);
    }

    @SuppressWarnings("unchecked")
    private List<ClaimedMessage> load(List<Long> ids) {
        String in = placeholders(ids.size());
        List<Object[]> rows = bind(em.createNativeQuery("SELECT id, alert_key, kind, recipient_id, attempts, "
                + "subject_line, plain_text, telegram_html, plan_day, items FROM alert_outbox WHERE id IN (" + in + ") "
                + "ORDER BY next_attempt_at, id"), List.copyOf(ids)).getResultList();
        List<Object> keys = rows.stream().map(row -> row[1]).collect(Collectors.toList());
        String keyIn = placeholders(keys.size());
        Map<String, List<ChannelAddress>> channels = new HashMap<>();
        for (Object[] row : (List<Object[]>) bind(em.createNativeQuery("SELECT alert_key, channel, address "
                + "FROM alert_outbox_channel WHERE alert_key IN (" + keyIn + ") ORDER BY alert_key, position"), keys)
                .getResultList()) {
            channels.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(new ChannelAddress((String) row[1], (String) row[2]));
        }
        List<ClaimedMessage> claimed = new ArrayList<>();
        for (Object[] row : rows) {
            String key = (String) row[1];
            claimed.add(new ClaimedMessage(((Number) row[0]).longValue(), key, (String) row[2],
                    ((Number) row[3]).longValue(), localDate(row[8]), ((Number) row[4]).intValue(), (String) row[5],
                    (String) row[6], (String) row[7], channels.getOrDefault(key, List.of()),
                    OutboxItems.occurrences((String) row[9]), OutboxItems.dueDates((String) row[9])));
        }
        return claimed;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }

    /**
     * Records that {@code channel} accepted the message with the text that was sent (written just before
     * sending); false when {@code worker} no longer holds it.
     */
    public boolean markSent(long id, String worker, Instant now, String channel, String providerMessageId,
                            String subjectLine, String plainText, String telegramHtml) {
        return bind(em.createNativeQuery("UPDATE alert_outbox SET status = 'SENT', sent_at = ?, channel_used = ?, "
                        + "provider_message_id = ?, subject_line = ?, plain_text = ?, telegram_html = ?, "
                        + "claimed_by = NULL, last_error = NULL, version = version + 1 "
                        + "WHERE id = ? AND status = 'CLAIMED' AND claimed_by = ?"),
                List.of(Timestamp.from(now), channel, providerMessageId == null ? "" : providerMessageId,
                        shortenSubject(subjectLine), plainText, telegramHtml, id, worker)).executeUpdate() == 1;
    }

    private static String shortenSubject(String subject) {
        return subject.length() <= OutboxRow.MAX_SUBJECT_LINE ? subject
                : subject.substring(0, OutboxRow.MAX_SUBJECT_LINE - 1) + "…";
    }

    /** Records that {@code channel} accepted the message; false when {@code worker} no longer holds it. */
    public boolean markSent(long id, String worker, Instant now, String channel, String providerMessageId) {
        return bind(em.createNativeQuery("UPDATE alert_outbox SET status = 'SENT', sent_at = ?, channel_used = ?, "
                        + "provider_message_id = ?, claimed_by = NULL, last_error = NULL, version = version + 1 "
                        + "WHERE id = ? AND status = 'CLAIMED' AND claimed_by = ?"),
                List.of(Timestamp.from(now), channel, providerMessageId == null ? "" : providerMessageId, id, worker))
                .executeUpdate() == 1;
    }

    /** Adds the tries of one dispatch of a message to the delivery log, in order. */
    public void logAttempts(long id, String worker, List<DeliveryAttempt> attempts) {
        for (DeliveryAttempt attempt : attempts) {
            bind(em.createNativeQuery("INSERT INTO alert_delivery_attempt (alert_id, channel, outcome, reason, worker, "
                            + "attempted_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    List.of(id, attempt.channel(), attempt.outcome(), shorten(attempt.reason()), worker,
                            Timestamp.from(attempt.at()))).executeUpdate();
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        throw new IllegalStateException("Not a time: " + value);
    }

    /** The delivery log of a message: every try on every channel, oldest first. */
    public List<DeliveryAttempt> attemptsOf(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT channel, outcome, reason, attempted_at "
                + "FROM alert_delivery_attempt WHERE alert_id = ? ORDER BY id").setParameter(1, id).getResultList();
        return rows.stream().map(row -> new DeliveryAttempt(row[0].toString(), row[1].toString(), row[2].toString(),
                instant(row[3]))).toList();
    }

    /**
     * How many messages planned for days in {@code [from, to)} reached only the in-app feed although they had a
     * messenger or e-mail address to try.
     */
    public long feedOnlyBetween(LocalDate from, LocalDate to) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM alert_outbox a WHERE a.status = 'SENT' "
                        + "AND a.channel_used = 'IN_APP' AND a.plan_day >= ? AND a.plan_day < ? AND EXISTS (SELECT 1 "
                        + "FROM alert_outbox_channel c WHERE c.alert_key = a.alert_key AND c.channel <> 'IN_APP')")
                .setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to))
                .getSingleResult()).longValue();
    }

    /** How many messages planned for days in {@code [from, to)} were given up undelivered. */
    public long undeliveredBetween(LocalDate from, LocalDate to) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM alert_outbox WHERE status = 'DEAD' "
                        + "AND plan_day >= ? AND plan_day < ?")
                .setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to))
                .getSingleResult()).longValue();
    }

    /** Puts the message back for another attempt at {@code nextAttempt}; false when {@code worker} lost it. */
    public boolean reschedule(long id, String worker, Instant nextAttempt, String error) {
        return bind(em.createNativeQuery("UPDATE alert_outbox SET status = 'PENDING', next_attempt_at = ?, "
                        + "last_error = ?, claimed_by = NULL, version = version + 1 "
                        + "WHERE id = ? AND status = 'CLAIMED' AND claimed_by = ?"),
                List.of(Timestamp.from(nextAttempt), shorten(error), id, worker)).executeUpdate() == 1;
    }

    /**
     * Puts the message back until {@code nextAttempt} without counting the claim as an attempt (it waited for a
     * rate limit and was never sent); false when {@code worker} lost it.
     */
    public boolean defer(long id, String worker, Instant nextAttempt) {
        return bind(em.createNativeQuery("UPDATE alert_outbox SET status = 'PENDING', next_attempt_at = ?, "
                        + "attempts = GREATEST(attempts - 1, 0), claimed_by = NULL, version = version + 1 "
                        + "WHERE id = ? AND status = 'CLAIMED' AND claimed_by = ?"),
                List.of(Timestamp.from(nextAttempt), id, worker)).executeUpdate() == 1;
    }

    /**
     * Gives the message up, keeping the text it would have had (written just before the attempt), so that an
     * administrator sees what did not arrive; false when {@code worker} lost it.
     */
    public boolean markDead(long id, String worker, String error, String subjectLine, String plainText,
                            String telegramHtml) {
        return bind(em.createNativeQuery("UPDATE alert_outbox SET status = 'DEAD', last_error = ?, subject_line = ?, "
                        + "plain_text = ?, telegram_html = ?, claimed_by = NULL, version = version + 1 "
                        + "WHERE id = ? AND status = 'CLAIMED' AND claimed_by = ?"),
                List.of(shorten(error), shortenSubject(subjectLine), plainText, telegramHtml, id, worker))
                .executeUpdate() == 1;
    }

    /** Gives the message up; false when {@code worker} lost it. */
    public boolean markDead(long id, String worker, String error) {
        return finish(id, worker, OutboxStatus.DEAD, error);
    }

    /** Leaves the message unsent because nothing it says is still open; false when {@code worker} lost it. */
    public boolean markDropped(long id, String worker, String reason) {
        return finish(id, worker, OutboxStatus.DROPPED, reason);
    }

    private boolean finish(long id, String worker, OutboxStatus status, String error) {
        return bind(em.createNativeQuery("UPDATE alert_outbox SET status = ?, last_error = ?, claimed_by = NULL, "
                        + "version = version + 1 WHERE id = ? AND status = 'CLAIMED' AND claimed_by = ?"),
                List.of(status.name(), shorten(error), id, worker)).executeUpdate() == 1;
    }

    /** Marks a person's address on a channel as refusing for good, so later messages skip it. */
    public void markBroken(long recipientId, ChannelAddress address, Instant now, String reason) {
        bind(em.createNativeQuery("INSERT INTO recipient_channel_state (recipient_id, channel, address, broken_at, "
                        + "reason) VALUES (?,?,?,?,?) ON DUPLICATE KEY UPDATE broken_at = VALUES(broken_at), "
                        + "reason = VALUES(reason)"),
                List.of(recipientId, address.channel(), address.address(), Timestamp.from(now), shorten(reason)))
                .executeUpdate();
    }

    /** Removes the broken mark of a person's address on a channel, e.g. after the person linked it again. */
    public boolean clearBroken(long recipientId, ChannelAddress address) {
        return bind(em.createNativeQuery("DELETE FROM recipient_channel_state WHERE recipient_id = ? AND channel = ? "
                + "AND address = ?"), List.of(recipientId, address.channel(), address.address())).executeUpdate() > 0;
    }

    /** The addresses of a person marked broken. */
    @SuppressWarnings("unchecked")
    public Set<ChannelAddress> brokenChannels(long recipientId) {
        List<Object[]> rows = em.createNativeQuery("SELECT channel, address FROM recipient_channel_state "
                + "WHERE recipient_id = ?").setParameter(1, recipientId).getResultList();
        return rows.stream().map(row -> new ChannelAddress((String) row[0], (String) row[1]))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The quiet hours a person set in the bot's {@code /caidat} as they stand now; empty when none are set (a
     * group chat, whose id is negative, has none).
     */
    @SuppressWarnings("unchecked")
    public Optional<PersonalQuietHours> quietHoursOf(long recipientId) {
        List<Object[]> rows = em.createNativeQuery("SELECT quiet_from, quiet_to FROM telegram_preference "
                + "WHERE official_id = ? AND quiet_from IS NOT NULL AND quiet_to IS NOT NULL")
                .setParameter(1, recipientId).getResultList();
        return rows.stream().findFirst().map(row -> new PersonalQuietHours(localTime(row[0]), localTime(row[1])));
    }

    private static java.time.LocalTime localTime(Object value) {
        return value instanceof java.time.LocalTime time ? time : ((java.sql.Time) value).toLocalTime();
    }

    /** Those of {@code occurrenceIds} that are finished now. */
    @SuppressWarnings("unchecked")
    public Set<Long> finishedAmong(Collection<Long> occurrenceIds) {
        if (occurrenceIds.isEmpty()) {
            return Set.of();
        }
        List<Object> ids = bind(em.createNativeQuery("SELECT id FROM occurrence WHERE finished_on IS NOT NULL "
                + "AND id IN (" + placeholders(occurrenceIds.size()) + ")"), List.copyOf(occurrenceIds))
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    public Optional<OutboxMessage> findByKey(String key) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.alertKey = :key", OutboxMessage.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    /**
     * Messages in id order after {@code afterId}, at most {@code limit}, optionally only those in one status
     * and of one planning day.
     */
    public List<OutboxMessage> list(Optional<OutboxStatus> status, Optional<LocalDate> day, long afterId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT m FROM OutboxMessage m WHERE m.id > :after");
        status.ifPresent(s -> jpql.append(" AND m.status = :status"));
        day.ifPresent(d -> jpql.append(" AND m.planDay = :day"));
        TypedQuery<OutboxMessage> query = em.createQuery(jpql.append(" ORDER BY m.id").toString(), OutboxMessage.class)
                .setParameter("after", afterId);
        status.ifPresent(s -> query.setParameter("status", s));
        day.ifPresent(d -> query.setParameter("day", d));
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * Messages that failed, in id order after {@code afterId}: dead ones and pending ones waiting for a retry
     * after an error.
     */
    public List<OutboxMessage> failures(long afterId, int limit) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.id > :after AND (m.status = :dead "
                        + "OR (m.status = :pending AND m.lastError IS NOT NULL)) ORDER BY m.id", OutboxMessage.class)
                .setParameter("after", afterId).setParameter("dead", OutboxStatus.DEAD)
                .setParameter("pending", OutboxStatus.PENDING).setMaxResults(limit).getResultList();
    }

    /** The keys of the messages already planned for {@code day}. */
    @SuppressWarnings("unchecked")
    public Set<String> keysOf(LocalDate day) {
        List<Object> keys = em.createNativeQuery("SELECT alert_key FROM alert_outbox WHERE plan_day = ?")
                .setParameter(1, Date.valueOf(day)).getResultList();
        return keys.stream().map(Object::toString).collect(Collectors.toUnmodifiableSet());
    }

    /** The occurrences a message covers. */
    @SuppressWarnings("unchecked")
    public List<Long> occurrencesOf(String key) {
        List<Object> items = em.createNativeQuery("SELECT items FROM alert_outbox WHERE alert_key = ?")
                .setParameter(1, key).getResultList();
        return items.stream().flatMap(text -> OutboxItems.occurrences((String) text).stream()).sorted().toList();
    }

    /** The channels a message may go through, in order. */
    @SuppressWarnings("unchecked")
    public List<ChannelAddress> channelsOf(String key) {
        List<Object[]> rows = em.createNativeQuery("SELECT channel, address FROM alert_outbox_channel "
                + "WHERE alert_key = ? ORDER BY position").setParameter(1, key).getResultList();
        return rows.stream().map(row -> new ChannelAddress((String) row[0], (String) row[1])).toList();
    }

    /** Revives a dead message for an immediate new round of attempts; false when it is not dead. */
    public boolean retry(long id, Instant now) {
        return find(id).map(message -> message.retry(now)).orElse(false);
    }

    /** How many messages are in each status. */
    @SuppressWarnings("unchecked")
    public Map<OutboxStatus, Long> countByStatus() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        List<Object[]> rows = em.createNativeQuery("SELECT status, COUNT(*) FROM alert_outbox GROUP BY status")
                .getResultList();
        rows.forEach(row -> counts.put(OutboxStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    private static Query bind(Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    private static String placeholders(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    private static String shorten(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
