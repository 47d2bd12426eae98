package vn.laichau.par.notifier.outbox;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.planning.Alert;
import vn.laichau.par.notifier.planning.AlertContent;
import vn.laichau.par.notifier.planning.AlertItem;
import vn.laichau.par.notifier.planning.DueItems;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.notifier.recipient.ChannelPreference;
import vn.laichau.par.persistence.outbox.ChannelAddress;
import vn.laichau.par.persistence.outbox.OutboxRow;

/**
 * Turns planned alerts into outbox rows with the recipient's channels and the occurrences. A message that lists
 * open items (reminder, escalation, group reminder) is stored with its subject line and the due date of each
 * item; its text is written just before it is sent, from the items still open then, so planning a day writes
 * no long texts. Digests and summaries, the monitoring agency's snapshot of the day, are rendered now: a summary
 * once however many people receive it, a digest per person (its report link is signed for its recipient).
 */
public final class OutboxRows {

    private final AlertMessageRenderer renderer;

    public OutboxRows(AlertMessageRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * The rows of {@code alerts} in their order. Alerts that share their content (the officials of one agency,
     * the people of the monitoring agency) share its subject line, item list or rendering.
     */
    public List<OutboxRow> of(List<Alert> alerts) {
        Map<AlertContent, RenderedMessage> rendered = new IdentityHashMap<>();
        Map<AlertKind, Map<AlertContent, Items>> listed = new EnumMap<>(AlertKind.class);
        return alerts.stream().map(alert -> of(alert, rendered, listed)).toList();
    }

    public OutboxRow of(Alert alert) {
        return of(alert, new HashMap<>(), new EnumMap<>(AlertKind.class));
    }

    /** What a message that lists open items stores besides its text: the subject line and the items. */
    private record Items(String subjectLine, Set<Long> occurrences, Map<Long, LocalDate> dueDates) {
    }

    private OutboxRow of(Alert alert, Map<AlertContent, RenderedMessage> rendered,
                         Map<AlertKind, Map<AlertContent, Items>> listed) {
        List<ChannelAddress> channels = alert.recipient().channels().stream()
                .map(ChannelPreference::toChannelAddress).toList();
        if (alert.kind().listsOpenItems()) {
            Items items = listed.computeIfAbsent(alert.kind(), kind -> new IdentityHashMap<>())
                    .computeIfAbsent(alert.content(), content -> new Items(renderer.subject(alert),
                            Set.copyOf(occurrencesOf(alert)), Map.copyOf(dueDatesOf(alert))));
            return new OutboxRow(alert.key().value(), alert.kind().name(), alert.key().subject(),
                    alert.recipient().personId(), alert.day(), alert.notBefore(), items.subjectLine(), "", "",
                    channels, items.occurrences(), items.dueDates());
        }
        RenderedMessage message = alert.kind() == AlertKind.WEEKLY_DIGEST ? renderer.render(alert)
                : rendered.computeIfAbsent(alert.content(), content -> renderer.render(alert));
        return new OutboxRow(alert.key().value(), alert.kind().name(), alert.key().subject(),
                alert.recipient().personId(), alert.day(), alert.notBefore(), message.subject(), message.plainText(),
                message.telegramHtml(), channels, Set.of(), Map.of());
    }

    /**
     * The occurrences of a message that lists open items, checked at sending time so that items finished or
     * extended meanwhile are left out, and a message with none left is dropped. Digests and summaries list none
     * and always go out.
     */
    public static Set<Long> occurrencesOf(Alert alert) {
        Set<Long> ids = new LinkedHashSet<>();
        if (alert.kind().listsOpenItems() && alert.content() instanceof DueItems items) {
            for (AlertItem item : items.items()) {
                ids.add(item.subject().occurrenceId());
            }
        }
        return ids;
    }

    private static Map<Long, LocalDate> dueDatesOf(Alert alert) {
        Map<Long, LocalDate> dueDates = new HashMap<>();
        if (alert.content() instanceof DueItems items) {
            for (AlertItem item : items.items()) {
                dueDates.put(item.subject().occurrenceId(), item.subject().dueDate());
            }
        }
        return dueDates;
    }
}
