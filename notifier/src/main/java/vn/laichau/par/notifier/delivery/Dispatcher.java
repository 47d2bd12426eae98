package vn.laichau.par.notifier.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.planning.AlertKey;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.notifier.policy.QuietHours;
import vn.laichau.par.notifier.policy.SendingWindow;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.persistence.outbox.ChannelAddress;
import vn.laichau.par.persistence.outbox.ClaimedMessage;
import vn.laichau.par.persistence.outbox.DeliveryAttempt;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.outbox.OutboxRow;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;

/**
 * Sends what the outbox holds. One transaction claims a batch of due messages ({@code FOR UPDATE SKIP LOCKED},
 * so dispatchers on several servers never take the same row); each message is then sent outside any
 * transaction and its outcome recorded at once in a transaction of its own. A message goes out twice only if
 * the process dies between the channel accepting it and that record; a dispatcher that dies earlier leaves the
 * message claimed until its lease ends, when any dispatcher takes it over.
 *
 * <p>Per message: a message found due in hours its recipient keeps quiet waits for their end (when a sending
 * window is given). Then the send-time check looks at its items again: when none is left to say (all finished
 * or extended since planning) it is dropped; otherwise it goes out with the text of those left. Its channels
 * are tried in the recipient's order, skipping addresses marked broken: a permanent refusal of the address
 * marks it broken and the next channel is tried at once; a transient failure puts the message back with
 * exponential backoff and jitter (never sooner than the channel asked, never in quiet hours), and after the
 * last allowed attempt the next channel is tried; with no channel left the message is dead. A group chat that
 * moved to a new id (upgraded to a supergroup) takes its subscription and the message along. Telegram sends
 * respect the bot's rate limits. Messages of a batch still unsent when half the lease has passed (slow
 * channels) are given back at once rather than risk another dispatcher taking them over while this one sends.
 *
 * <p>A channel that cannot deliver at all now — its messenger out of reach as its intake sees it, or a send that
 * finds the API refusing connections ({@link SendOutcome.Unavailable}) — passes the message on to the next channel
 * in the same run, without marking the address. Every try goes to the delivery log with its outcome and reason,
 * in the same transaction as the message's new state; the state change is guarded by the claim, so however many
 * channels are tried and dispatchers run, a message is recorded as sent once, on one channel.
 */
public final class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    private final UnitOfWork transactions;
    private final OutboxRepository outbox;
    private final TelegramPreferenceRepository preferences;
    private final Map<DeliveryChannel, AlertChannel> channels = new EnumMap<>(DeliveryChannel.class);
    private final TelegramThrottle throttle;
    private final DispatchSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final String worker;
    private final SendTimeCheck check;
    private final SendingWindow window;

    /**
     * A dispatcher that sends stored texts, drops a message only when all its occurrences were finished, and
     * leaves sending hours to the planner.
     */
    public Dispatcher(UnitOfWork transactions, OutboxRepository outbox, TelegramPreferenceRepository preferences,
                      List<AlertChannel> channels, TelegramThrottle throttle, DispatchSettings settings, Clock clock,
                      Sleeper sleeper, DoubleSupplier random, String worker) {
        this(transactions, outbox, preferences, channels, throttle, settings, clock, sleeper, random, worker, null,
                null);
    }

    /**
     * @param transactions runs each claim and each outcome in a short transaction of its own, in which
     *                     {@code outbox} and {@code preferences} work
     * @param check  the last look at each message before it is sent
     * @param window when messages may go out: a retry, or a message found due in hours its recipient keeps
     *               quiet (the policy's, or the person's own set in the bot's {@code /caidat}), waits for the
     *               next allowed moment
     */
    public Dispatcher(UnitOfWork transactions, OutboxRepository outbox, TelegramPreferenceRepository preferences,
                      List<AlertChannel> channels, TelegramThrottle throttle, DispatchSettings settings, Clock clock,
                      Sleeper sleeper, DoubleSupplier random, String worker, SendTimeCheck check,
                      SendingWindow window) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.check = check != null ? check : this::storedText;
        this.window = window;
    }

    public String worker() {
        return worker;
    }

    /** Claims and sends batches until nothing is due or {@code maxBatches} were handled. */
    public DispatchReport dispatchDue(int maxBatches) throws InterruptedException {
        DispatchReport total = DispatchReport.NOTHING;
        for (int batch = 0; batch < maxBatches; batch++) {
            DispatchReport report = dispatchBatch();
            total = total.plus(report);
            if (report.claimed() < settings.batchSize()) {
                break;
            }
        }
        return total;
    }

    /** Claims one batch of due messages and sends each. */
    public DispatchReport dispatchBatch() throws InterruptedException {
        List<ClaimedMessage> claimed = transactions.inTransaction(() -> outbox.claim(worker, clock.instant(),
                settings.lease(), settings.batchSize()));
        Instant claimedAt = clock.instant();
        Instant giveBackAfter = claimedAt.plus(settings.lease().dividedBy(2));
        DispatchReport report = new DispatchReport(claimed.size(), 0, 0, 0, 0, 0, 0);
        for (ClaimedMessage message : claimed) {
            if (clock.instant().isAfter(giveBackAfter)) {
                Instant now = clock.instant();
                report = report.plus(record(transactions.inTransaction(() -> outbox.defer(message.id(), worker, now)),
                        Result.DEFERRED));
                continue;
            }
            report = report.plus(dispatch(message));
        }
        return report;
    }

    /** The stored text, unless every occurrence of the message was finished. */
    private SendTimeCheck.Verdict storedText(ClaimedMessage message) {
        Set<Long> covered = message.occurrences();
        if (!covered.isEmpty()) {
            Set<Long> finished = transactions.inTransaction(() -> outbox.finishedAmong(covered));
            if (finished.containsAll(covered)) {
                return new SendTimeCheck.Drop("Mọi nhiệm vụ trong tin đã hoàn thành trước khi gửi");
            }
        }
        return new SendTimeCheck.Send(new RenderedMessage(message.subjectLine(), message.plainText(),
                message.telegramHtml()), false);
    }

    private DispatchReport dispatch(ClaimedMessage message) throws InterruptedException {
        Optional<QuietHours> personal = window == null ? Optional.empty()
                : transactions.inTransaction(() -> outbox.quietHoursOf(message.recipientId()))
                        .map(hours -> new QuietHours(hours.from(), hours.to()));
        Instant allowed = allowedFrom(message, clock.instant(), personal);
        if (allowed.isAfter(clock.instant())) {
            return record(transactions.inTransaction(() -> outbox.defer(message.id(), worker, allowed)),
                    Result.DEFERRED);
        }
        SendTimeCheck.Verdict verdict = check.check(message);
        if (verdict instanceof SendTimeCheck.Drop drop) {
            return record(transactions.inTransaction(() -> outbox.markDropped(message.id(),
                    worker, drop.reason())), Result.DROPPED);
        }
        SendTimeCheck.Send send = (SendTimeCheck.Send) verdict;
        Set<ChannelAddress> broken = transactions.inTransaction(() -> outbox.brokenChannels(message.recipientId()));
        RenderedMessage rendered = send.message();
        List<String> failures = new ArrayList<>();
        List<DeliveryAttempt> log = new ArrayList<>();
        for (ChannelAddress address : message.channels()) {
            Optional<AlertChannel> channel = channelFor(address);
            if (channel.isEmpty()) {
                failures.add(address.channel() + ": not configured");
                log.add(attempt(address, "SKIPPED", "not configured"));
                continue;
            }
            if (broken.contains(address)) {
                failures.add(address.channel() + ": marked broken");
                log.add(attempt(address, "SKIPPED", "address marked broken"));
                continue;
            }
            if (!channel.get().isReachable()) {
                failures.add(address.channel() + ": channel down");
                log.add(attempt(address, "UNAVAILABLE", "channel down: its API cannot be reached"));
                continue;
            }
            if (channel.get().channel() == DeliveryChannel.TELEGRAM) {
                Duration wait = throttle.reserve(address.address(), clock.instant(), settings.maxThrottleWait());
                if (wait.compareTo(settings.maxThrottleWait()) > 0) {
                    Instant later = clock.instant().plus(wait);
                    return record(transactions.inTransaction(() -> {
                        outbox.logAttempts(message.id(), worker, log);
                        return outbox.defer(message.id(), worker, later);
                    }), Result.DEFERRED);
                }
                sleeper.sleep(wait);
            }
            SendOutcome outcome = send(channel.get(), address, rendered);
            if (outcome instanceof SendOutcome.Delivered delivered) {
                log.add(attempt(address, "DELIVERED", delivered.providerMessageId()));
                return record(transactions.inTransaction(() -> {
                    outbox.logAttempts(message.id(), worker, log);
                    return send.rewritten()
                            ? outbox.markSent(message.id(), worker, clock.instant(), address.channel(),
                                    delivered.providerMessageId(), rendered.subject(), rendered.plainText(),
                                    rendered.telegramHtml())
                            : outbox.markSent(message.id(), worker, clock.instant(), address.channel(),
                                    delivered.providerMessageId());
                }), Result.SENT);
            }
            if (outcome instanceof SendOutcome.Unavailable unavailable) {
                failures.add(address.channel() + ": " + unavailable.reason());
                log.add(attempt(address, "UNAVAILABLE", unavailable.reason()));
                continue;
            }
            if (outcome instanceof SendOutcome.Transient failure) {
                if (message.attempts() < settings.maxAttempts()) {
                    Duration wait = settings.backoff(message.attempts(), failure.retryAfter(), random.getAsDouble());
                    Instant next = allowedFrom(message, clock.instant().plus(wait), personal);
                    String error = address.channel() + ": " + failure.reason();
                    log.add(attempt(address, "TRANSIENT", failure.reason() + " (again at " + next + ")"));
                    return record(transactions.inTransaction(() -> {
                        outbox.logAttempts(message.id(), worker, log);
                        return outbox.reschedule(message.id(), worker, next, error);
                    }), Result.RETRIED);
                }
                failures.add(address.channel() + ": " + failure.reason() + " (after " + message.attempts()
                        + " attempts)");
                log.add(attempt(address, "UNAVAILABLE", failure.reason() + " (after " + message.attempts()
                        + " attempts)"));
                continue;
            }
            if (outcome instanceof SendOutcome.Moved moved && isOwnChat(message, address, moved)) {
                log.add(attempt(address, "REFUSED", "moved to " + moved.newAddress() + ": " + moved.reason()));
                return record(transactions.inTransaction(() -> {
                    outbox.logAttempts(message.id(), worker, log);
                    return resendToMovedChat(message, address, moved);
                }), Result.RETRIED);
            }
            SendOutcome.Permanent refusal = outcome instanceof SendOutcome.Moved moved
                    ? new SendOutcome.Permanent(moved.reason(), true) : (SendOutcome.Permanent) outcome;
            failures.add(address.channel() + ": " + refusal.reason());
            log.add(attempt(address, "REFUSED", refusal.reason()));
            if (refusal.recipientUnreachable()) {
                transactions.inTransaction(() -> {
                    outbox.markBroken(message.recipientId(), address, clock.instant(),
                            refusal.reason());
                    return null;
                });
            }
        }
        String error = failures.isEmpty() ? "no channel" : String.join("; ", failures);
        return record(transactions.inTransaction(() -> {
            outbox.logAttempts(message.id(), worker, log);
            return send.rewritten()
                    ? outbox.markDead(message.id(), worker, error, rendered.subject(),
                            rendered.plainText(), rendered.telegramHtml())
                    : outbox.markDead(message.id(), worker, error);
        }), Result.DEAD);
    }

    private DeliveryAttempt attempt(ChannelAddress address, String outcome, String reason) {
        return new DeliveryAttempt(address.channel(), outcome, reason, clock.instant());
    }

    /** Whether the moved address is a group chat that is itself the message's recipient (group reminders). */
    private static boolean isOwnChat(ClaimedMessage message, ChannelAddress address, SendOutcome.Moved moved) {
        return DeliveryChannel.TELEGRAM.name().equals(address.channel())
                && Long.toString(message.recipientId()).equals(address.address().strip())
                && moved.newAddress().matches("-?\\d{1,18}");
    }

    /**
     * A group chat that moved (a group upgraded to a supergroup): its {@code /nhom} subscription moves to the new
     * chat id, so that planning addresses the new chat from now on, and the message is written again for the new
     * chat, due at once, under the key planning would give it, so that a later planning run of the same day does
     * not send it twice. The message itself is dropped with the reason.
     */
    private boolean resendToMovedChat(ClaimedMessage message, ChannelAddress address, SendOutcome.Moved moved) {
        long oldChat = message.recipientId();
        long newChat = Long.parseLong(moved.newAddress());
        preferences.moveGroup(oldChat, newChat);
        String[] key = message.key().split("/");
        String newKey = key.length == 4 ? key[0] + "/" + key[1] + "/" + newChat + "/" + key[3]
                : message.kind() + "/" + AlertKey.DAILY + "/" + newChat + "/" + message.planDay();
        List<ChannelAddress> channels = message.channels().stream()
                .map(channel -> channel.equals(address) ? new ChannelAddress(channel.channel(), moved.newAddress())
                        : channel)
                .toList();
        Instant now = clock.instant();
        outbox.write(List.of(new OutboxRow(newKey, message.kind(), key.length == 4 ? key[1] : AlertKey.DAILY,
                newChat, message.planDay(), now, message.subjectLine(), message.plainText(), message.telegramHtml(),
                channels, message.occurrences(), message.plannedDueDates())), now);
        return outbox.markDropped(message.id(), worker, "Nhóm đã chuyển sang mã Telegram " + newChat
                + ", tin được gửi lại tới đó (" + newKey + ") — " + address.channel() + ": " + moved.reason());
    }

    /**
     * The earliest moment from {@code candidate} at which the message may go out: outside the policy's quiet
     * hours on a working day, and outside the recipient's own quiet hours, unless its kind is urgent.
     */
    private Instant allowedFrom(ClaimedMessage message, Instant candidate, Optional<QuietHours> personal) {
        if (window == null) {
            return candidate;
        }
        AlertKind kind;
        try {
            kind = AlertKind.valueOf(message.kind());
        } catch (IllegalArgumentException unknown) {
            return candidate;
        }
        return window.earliestSendingTime(kind, candidate, personal.orElse(QuietHours.none()));
    }

    private Optional<AlertChannel> channelFor(ChannelAddress address) {
        try {
            AlertChannel channel = channels.get(DeliveryChannel.valueOf(address.channel()));
            return channel != null && channel.isEnabled() ? Optional.of(channel) : Optional.empty();
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static SendOutcome send(AlertChannel channel, ChannelAddress address, RenderedMessage message) {
        try {
            return channel.send(address.address(), message);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Channel " + channel.channel() + " failed unexpectedly", e);
            return SendOutcome.transientFailure(Duration.ZERO, e.toString());
        }
    }

    private DispatchReport record(boolean kept, Result result) {
        if (!kept) {
            LOG.warning(() -> "Dispatcher " + worker + " lost its claim before recording " + result);
            return new DispatchReport(0, 0, 0, 0, 0, 0, 1);
        }
        return switch (result) {
            case SENT -> new DispatchReport(0, 1, 0, 0, 0, 0, 0);
            case RETRIED -> new DispatchReport(0, 0, 1, 0, 0, 0, 0);
            case DEAD -> new DispatchReport(0, 0, 0, 1, 0, 0, 0);
            case DROPPED -> new DispatchReport(0, 0, 0, 0, 1, 0, 0);
            case DEFERRED -> new DispatchReport(0, 0, 0, 0, 0, 1, 0);
        };
    }

    private enum Result {
        SENT, RETRIED, DEAD, DROPPED, DEFERRED
    }
}
