package vn.laichau.par.notifier.outbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.message.RenderedMessage;
import vn.laichau.par.notifier.planning.Alert;
import vn.laichau.par.notifier.planning.AlertItem;
import vn.laichau.par.notifier.planning.DueItems;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.persistence.outbox.ChannelAddress;
import vn.laichau.par.persistence.outbox.OutboxRow;

/** Turns planned alerts into outbox rows: rendered once, with the recipient's channels and the occurrences. */
public final class OutboxRows {

    private final AlertMessageRenderer renderer;

    public OutboxRows(AlertMessageRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** The rows of {@code alerts} in their order, rendered on every core (messages are independent). */
    public List<OutboxRow> of(List<Alert> alerts) {
        return alerts.parallelStream().map(this::of).toList();
    }

    public OutboxRow of(Alert alert) {
        RenderedMessage message = renderer.render(alert);
        List<ChannelAddress> channels = alert.recipient().channels().stream()
                .map(preference -> new ChannelAddress(preference.channel().name(), preference.address()))
                .toList();
        return new OutboxRow(alert.key().value(), alert.kind().name(), alert.key().subject(),
                alert.recipient().personId(), alert.day(), alert.notBefore(), message.subject(), message.plainText(),
                message.telegramHtml(), channels, occurrencesOf(alert));
    }

    /**
     * The occurrences of a personal message (reminder, escalation), checked at sending time so that a message
     * whose every item was finished meanwhile is dropped. Digests and summaries are the monitoring agency's
     * snapshot of the day: they list none and always go out.
     */
    public static Set<Long> occurrencesOf(Alert alert) {
        Set<Long> ids = new LinkedHashSet<>();
        boolean personal = alert.kind() == AlertKind.REMINDER || alert.kind() == AlertKind.HEAD_ESCALATION;
        if (personal && alert.content() instanceof DueItems items) {
            for (AlertItem item : items.items()) {
                ids.add(item.subject().occurrenceId());
            }
        }
        return ids;
    }
}
