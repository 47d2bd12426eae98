package vn.laichau.par.notifier.message;

import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.ItemAction;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.laichau.par.notifier.ActionCommands;
import vn.laichau.par.notifier.ReportDraftLinks;
import vn.laichau.par.notifier.ActionCommands.Kind;
import vn.laichau.par.notifier.planning.AgencyOnTime;
import vn.laichau.par.notifier.planning.Alert;
import vn.laichau.par.notifier.planning.AlertItem;
import vn.laichau.par.notifier.planning.AlertSubject;
import vn.laichau.par.notifier.planning.DueItems;
import vn.laichau.par.notifier.planning.DueState;
import vn.laichau.par.notifier.planning.OnTimeReport;

/**
 * Writes an alert out in Vietnamese: subject, plain text, Telegram HTML, and the buttons under it. The chat
 * commands it offers are the bot's ({@link ActionCommands}).
 */
@Dependent
public final class AlertMessageRenderer {

    private static final String MORE_TASKS = "việc";
    private static final String MORE_AGENCIES = "đơn vị";

    private final ActionCommands commands;
    private final TextFormat telegram;
    private final ReportDraftLinks drafts;

    /** A renderer whose digests name no report draft. */
    public AlertMessageRenderer(ActionCommands commands) {
        this(commands, TelegramHtml.INSTANCE, ReportDraftLinks.NONE);
    }

    /** @param drafts the province's draft report each digest points to */
    @Inject
    public AlertMessageRenderer(ActionCommands commands, ReportDraftLinks drafts) {
        this(commands, TelegramHtml.INSTANCE, drafts);
    }

    /** A renderer whose Telegram text follows this format, e.g. a smaller limit. */
    public AlertMessageRenderer(ActionCommands commands, TextFormat telegram) {
        this(commands, telegram, ReportDraftLinks.NONE);
    }

    public AlertMessageRenderer(ActionCommands commands, TextFormat telegram, ReportDraftLinks drafts) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.telegram = Objects.requireNonNull(telegram, "telegram");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
    }

    /** The alert written out, without buttons (as planned or previewed). */
    public RenderedMessage render(Alert alert) {
        return render(alert, Map.of());
    }

    /**
     * The alert written out just before it is sent, with {@code versions} the current version of each of its
     * occurrences: a reminder or escalation to an official gets the buttons that act on its first items
     * ({@link ItemAction}); a group's reminder, a digest and a summary get none.
     */
    public RenderedMessage render(Alert alert, Map<Long, Long> versions) {
        List<AlertSubject> chosen = chosenForButtons(alert, versions);
        Set<Long> buttoned = chosen.stream().map(AlertSubject::occurrenceId).collect(Collectors.toSet());
        Composed composed = compose(alert, buttoned);
        return new RenderedMessage(VietnameseText.clean(composed.subject()),
                composed.draft().writtenIn(PlainText.INSTANCE), composed.draft().writtenIn(telegram),
                ActionRows.rows(chosen, itemCount(alert), versions));
    }

    /** The buttons alone, for an alert whose text was written before (see {@link #render(Alert, Map)}). */
    public List<List<ItemAction>> actions(Alert alert, Map<Long, Long> versions) {
        return ActionRows.rows(chosenForButtons(alert, versions), itemCount(alert), versions);
    }

    private static List<AlertSubject> chosenForButtons(Alert alert, Map<Long, Long> versions) {
        if (versions.isEmpty()) {
            return List.of();
        }
        List<AlertItem> shown = switch (alert.kind()) {
            case REMINDER -> byState(items(alert)).values().stream().flatMap(List::stream).toList();
            case HEAD_ESCALATION -> items(alert);
            case GROUP_REMINDER, WEEKLY_DIGEST, MONTHLY_SUMMARY -> List.of();
        };
        return ActionRows.chosen(shown.stream().map(AlertItem::subject).toList(), versions);
    }

    private static int itemCount(Alert alert) {
        return alert.content() instanceof DueItems due ? due.items().size() : 0;
    }

    /** The subject line alone, without composing the text. */
    public String subject(Alert alert) {
        return VietnameseText.clean(switch (alert.kind()) {
            case REMINDER, GROUP_REMINDER -> reminderSubject(alert.day(), items(alert), agencyNames(items(alert)));
            case HEAD_ESCALATION -> escalationSubject(items(alert), agencyNames(items(alert)));
            case WEEKLY_DIGEST, MONTHLY_SUMMARY -> compose(alert, Set.of()).subject();
        });
    }

    private static String whose(List<String> agencies) {
        return agencies.size() == 1 ? " của " + agencies.get(0) : "";
    }

    private static String reminderSubject(LocalDate day, List<AlertItem> items, List<String> agencies) {
        return "Nhắc việc CCHC ngày " + VietnameseText.date(day) + ": " + items.size() + " nhiệm vụ" + whose(agencies);
    }

    private static String escalationSubject(List<AlertItem> items, List<String> agencies) {
        return "Cảnh báo quá hạn: " + items.size() + " nhiệm vụ của " + String.join(", ", agencies);
    }

    /** @param buttoned the occurrences whose buttons travel with the message */
    private Composed compose(Alert alert, Set<Long> buttoned) {
        return switch (alert.kind()) {
            case REMINDER -> reminder(alert.day(), items(alert), true, buttoned);
            case GROUP_REMINDER -> reminder(alert.day(), items(alert), false, Set.of());
            case HEAD_ESCALATION -> escalation(alert.day(), items(alert));
            case WEEKLY_DIGEST -> digest(alert.day(), items(alert), (DueItems) alert.content(),
                    alert.recipient().personId());
            case MONTHLY_SUMMARY -> summary((OnTimeReport) alert.content());
        };
    }

    private record Composed(String subject, MessageDraft draft) {
    }

    private static List<AlertItem> items(Alert alert) {
        return ((DueItems) alert.content()).items();
    }

    /**
     * The day's reminder: to an official with the bot commands to act on each item (in Telegram, buttons
     * instead for the {@code buttoned} ones); to a group chat without them: the bot acts on an occurrence only in
     * an official's own chat with it, so that the agency's work does not show in the group.
     */
    private Composed reminder(LocalDate day, List<AlertItem> items, boolean withCommands, Set<Long> buttoned) {
        List<String> agencies = agencyNames(items);
        boolean oneAgency = agencies.size() == 1;
        String whose = oneAgency ? " của " + agencies.get(0) : "";
        MessageDraft draft = new MessageDraft(MORE_TASKS)
                .header(Line.bold("Nhắc việc cải cách hành chính ngày " + VietnameseText.date(day)))
                .header(Line.of(items.size() + " nhiệm vụ" + whose + " cần chú ý:"));
        byState(items).forEach((state, stateItems) -> draft.section(Line.bold(heading(state)), stateItems,
                item -> ItemLines.detailed(item, !oneAgency, withCommands ? commands : null,
                        buttoned.contains(item.subject().occurrenceId()))));
        draft.footer(withCommands ? Line.of("Báo hoàn thành: " + commands.command(Kind.FINISH) + " · Cập nhật tiến độ: "
                + commands.command(Kind.UPDATE) + " · Đề nghị gia hạn: " + commands.command(Kind.EXTEND))
                : Line.of("Cán bộ được giao báo cáo tiến độ qua tin nhắn riêng với bot."));
        return new Composed(reminderSubject(day, items, agencies), draft);
    }

    /** A reminder's items by their standing, in the order the message lists them. */
    private static Map<DueState, List<AlertItem>> byState(List<AlertItem> items) {
        return items.stream()
                .collect(Collectors.groupingBy(item -> item.notice().state(), LinkedHashMap::new, Collectors.toList()));
    }

    private static String heading(DueState state) {
        return switch (state) {
            case OVERDUE -> "Quá hạn";
            case DUE_TODAY -> "Hôm nay là hạn";
            case UPCOMING -> "Sắp đến hạn";
        };
    }

    private Composed escalation(LocalDate day, List<AlertItem> items) {
        List<String> agencies = agencyNames(items);
        String whose = String.join(", ", agencies);
        MessageDraft draft = new MessageDraft(MORE_TASKS)
                .header(Line.bold("Cảnh báo nhiệm vụ cải cách hành chính quá hạn"))
                .header(Line.of("Kính gửi Thủ trưởng " + whose + ": đến ngày " + VietnameseText.date(day) + ", "
                        + items.size() + " nhiệm vụ đã quá hạn mà chưa được báo cáo hoàn thành."))
                .section(null, items, item -> ItemLines.detailed(item, agencies.size() > 1, null, false));
        return new Composed(escalationSubject(items, agencies), draft);
    }

    private Composed digest(LocalDate day, List<AlertItem> items, DueItems content, long recipientId) {
        Map<String, List<AlertItem>> byAgency = items.stream().collect(Collectors.groupingBy(
                item -> item.subject().agencyName(), LinkedHashMap::new, Collectors.toList()));
        String week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "/" + day.get(IsoFields.WEEK_BASED_YEAR);
        MessageDraft draft = new MessageDraft(MORE_TASKS)
                .header(Line.bold("Tổng hợp nhiệm vụ cải cách hành chính quá hạn đến ngày "
                        + VietnameseText.date(day)))
                .header(Line.of(items.size() + " nhiệm vụ quá hạn tại " + byAgency.size() + " đơn vị."));
        if (content.undelivered() > 0 || content.feedOnly() > 0) {
            draft.header(Line.of("Tin nhắc 7 ngày qua: " + content.undelivered() + " tin không gửi được tới người nhận, "
                    + content.feedOnly() + " tin chỉ đến được mục thông báo trong ứng dụng (Zalo, Telegram và thư "
                    + "điện tử đều không gửi được)."));
        }
        byAgency.forEach((agency, agencyItems) -> draft.section(
                Line.bold(agency + " (" + agencyItems.size() + ")"), agencyItems, ItemLines::compact));
        drafts.provinceDraft(recipientId).ifPresent(report -> draft.footer(report.url()
                .map(url -> Line.of("Dự thảo báo cáo kết quả CCHC " + report.titleVi() + " của toàn tỉnh (tệp Word, "
                        + "liên kết dùng đến " + report.validUntilVi() + "): " + url))
                .orElseGet(() -> Line.of("Dự thảo báo cáo kết quả CCHC " + report.titleVi() + " của toàn tỉnh: gõ "
                        + "/baocao tinh với bot để nhận tệp Word."))));
        return new Composed("Tổng hợp nhiệm vụ CCHC quá hạn tuần " + week + ": " + items.size() + " nhiệm vụ", draft);
    }

    private Composed summary(OnTimeReport report) {
        String month = VietnameseText.month(report.month());
        List<AgencyOnTime> worstFirst = report.agencies().stream()
                .sorted(Comparator.comparingInt(AgencyOnTime::onTimePermille).thenComparing(AgencyOnTime::agencyName))
                .toList();
        MessageDraft draft = new MessageDraft(MORE_AGENCIES)
                .header(Line.bold("Tỷ lệ hoàn thành nhiệm vụ cải cách hành chính đúng hạn tháng " + month))
                .header(Line.of("Toàn tỉnh: ").plus(figures(report.total())))
                .section(Line.bold("Theo đơn vị"), worstFirst.stream()
                        .map(agency -> List.of(Line.of("• ").plusBold(agency.agencyName()).plus(": " + figures(agency))))
                        .toList());
        return new Composed("Tỷ lệ hoàn thành nhiệm vụ CCHC đúng hạn tháng " + month, draft);
    }

    private static String figures(AgencyOnTime record) {
        return record.onTime() + "/" + record.due() + " nhiệm vụ đúng hạn (" + VietnameseText.percent(record.onTimePermille())
                + "); trễ hạn " + record.late() + "; chưa hoàn thành " + record.open();
    }

    private static List<String> agencyNames(List<AlertItem> items) {
        return items.stream().map(item -> item.subject().agencyName()).distinct().sorted().toList();
    }
}
