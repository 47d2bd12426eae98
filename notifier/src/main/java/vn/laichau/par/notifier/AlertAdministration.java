package vn.laichau.par.notifier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.notification.OutboxStatus;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.outbox.AlertPlanningService;
import vn.laichau.par.persistence.outbox.OutboxMessage;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.notifier.outbox.OutboxRows;
import vn.laichau.par.notifier.planning.Alert;
import vn.laichau.par.notifier.schedule.AlertJobs;

/**
 * What the administration sees of the alerts: a day's preview rendered as it would be sent, the outbox and its
 * failures, a retry of a dead message, and the notifier's schedules on this instance.
 */
@ApplicationScoped
public class AlertAdministration {

    /** One message the planner would write for a day, rendered as it would be sent. */
    public record Preview(String key, String kind, long recipientId, String recipientName, LocalDate day,
                          Instant notBefore, List<String> channels, List<Long> occurrences, String subject,
                          String text) {
    }

    /**
     * One outbox message. {@code channels} and {@code occurrences} are filled for a single message only; the
     * text of a reminder is written just before it is sent, so it is empty until then.
     */
    public record Message(long id, String key, String kind, long recipientId, LocalDate day, Instant notBefore,
                          OutboxStatus status, int attempts, Instant nextAttemptAt, Optional<String> lastError,
                          Optional<String> claimedBy, Optional<Instant> sentAt, Optional<String> channelUsed,
                          Optional<String> providerMessageId, String subject, String text,
                          Optional<List<Address>> channels, Optional<List<Long>> occurrences) {
    }

    /** A channel and the address a message goes to on it. */
    public record Address(String channel, String address) {
    }

    /** The notifier's schedules here, and whether a firing does its work on this instance. */
    public record Schedules(boolean running, List<AlertSchedule> schedules) {
    }

    private final AlertMessageRenderer renderer;
    private final AlertPlanningService planning;
    private final OutboxRepository outbox;
    private final AlertJobs jobs;
    private final Clock clock;
    private final boolean scheduled;

    @Inject
    public AlertAdministration(AlertMessageRenderer renderer, AlertPlanningService planning, OutboxRepository outbox,
                               AlertJobs jobs, Clock clock,
                               @ConfigProperty(name = "par.alerts.scheduled", defaultValue = "true") boolean scheduled) {
        this.renderer = renderer;
        this.planning = planning;
        this.outbox = outbox;
        this.jobs = jobs;
        this.clock = clock;
        this.scheduled = scheduled;
    }

    /** For the container's client proxy only. */
    protected AlertAdministration() {
        this(null, null, null, null, null, false);
    }

    /** The messages {@code day} (tomorrow when absent) would bring, in planning order. */
    public List<Preview> preview(Optional<LocalDate> day) {
        LocalDate planned = day.orElseGet(() -> planning.today().plusDays(1));
        return planning.preview(planned).stream().map(this::preview).toList();
    }

    /** Outbox messages after {@code afterId}, optionally of one status and planning day, in id order. */
    @Transactional
    public List<Message> outbox(Optional<OutboxStatus> status, Optional<LocalDate> day, long afterId, int limit) {
        return outbox.list(status, day, afterId, limit).stream().map(m -> message(m, null, null)).toList();
    }

    /** How many messages are in each status. */
    @Transactional
    public Map<OutboxStatus, Long> countByStatus() {
        return new EnumMap<>(outbox.countByStatus());
    }

    /** Dead messages and those waiting to retry after an error, after {@code afterId}. */
    @Transactional
    public List<Message> failures(long afterId, int limit) {
        return outbox.failures(afterId, limit).stream().map(m -> message(m, null, null)).toList();
    }

    /** One message with its channels and occurrences. */
    @Transactional
    public Message message(long id) {
        OutboxMessage message = find(id);
        return message(message, outbox.channelsOf(message.alertKey()).stream()
                .map(a -> new Address(a.channel(), a.address())).toList(), outbox.occurrencesOf(message.alertKey()));
    }

    /**
     * The delivery log of one message: each try on each channel, oldest first, with its outcome (DELIVERED,
     * UNAVAILABLE, REFUSED, TRANSIENT, SKIPPED) and why.
     */
    @Transactional
    public List<vn.laichau.par.persistence.outbox.DeliveryAttempt> deliveryLog(long id) {
        find(id);
        return outbox.attemptsOf(id);
    }

    /** Gives a dead message a new round of attempts now; refused for a message that is not dead. */
    @Transactional
    public Message retry(long id) {
        OutboxMessage message = find(id);
        if (!message.retry(Instant.now(clock))) {
            throw Refusal.of(Refusal.Reason.CONFLICT, "alert-not-dead",
                    "Chỉ gửi lại được tin đã hỏng (trạng thái hiện tại: " + message.status() + ")",
                    "Only a dead message can be retried (it is " + message.status() + ")");
        }
        return message(message, null, null);
    }

    /** The planning and dispatch schedules registered on this instance, with their next firing. */
    public Schedules schedules() {
        return new Schedules(scheduled, jobs.schedules());
    }

    private OutboxMessage find(long id) {
        return outbox.find(id).orElseThrow(() -> Refusal.notFound("cảnh báo", "alert", id));
    }

    private Preview preview(Alert alert) {
        RenderedMessage message = renderer.render(alert);
        return new Preview(alert.key().value(), alert.kind().name(), alert.recipient().personId(),
                alert.recipient().name(), alert.day(), alert.notBefore(),
                alert.recipient().channels().stream().map(c -> c.channel().name()).toList(),
                List.copyOf(OutboxRows.occurrencesOf(alert)), message.subject(), message.plainText());
    }

    private static Message message(OutboxMessage m, List<Address> channels, List<Long> occurrences) {
        return new Message(m.id(), m.alertKey(), m.kind(), m.recipientId(), m.planDay(), m.notBefore(), m.status(),
                m.attempts(), m.nextAttemptAt(), m.lastError(), m.claimedBy(), m.sentAt(), m.channelUsed(),
                m.providerMessageId(), m.subjectLine(), m.plainText(), Optional.ofNullable(channels),
                Optional.ofNullable(occurrences));
    }
}
