package vn.laichau.par.bot.command;

import java.util.ArrayList;
import java.util.List;
import vn.laichau.par.bot.command.CallbackData.Action;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.domain.model.occurrence.Occurrence;

/** {@code /viec} (paged), {@code /quahan} and {@code /sapden [n]}: the agency's occurrences, soonest first. */
final class OccurrenceListHandler {

    public static final int PAGE_SIZE = 8;
    public static final int DEFAULT_DAYS = 14;
    private static final int MAX_DAYS = 366;
    private static final int MAX_LISTED = 30;

    public Reply open(CommandLine line, Conversation conversation) {
        return page(0, conversation);
    }

    /** Page {@code page} (from 0) of the open occurrences. */
    public Reply page(int page, Conversation conversation) {
        List<Occurrence> open = conversation.tracker().occurrences().openOf(conversation.me().agencyId());
        int pages = Math.max(1, (open.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        List<Occurrence> shown = open.subList(current * PAGE_SIZE, Math.min(open.size(), (current + 1) * PAGE_SIZE));
        List<InlineButton> navigation = new ArrayList<>();
        if (current > 0) {
            navigation.add(CallbackData.button("◀ Trước", Action.PAGE, current - 1));
        }
        if (current < pages - 1) {
            navigation.add(CallbackData.button("Sau ▶", Action.PAGE, current + 1));
        }
        String title = "<b>Việc đang mở của đơn vị</b> (" + open.size() + " kỳ, trang " + (current + 1) + "/" + pages
                + ")";
        return OccurrenceCards.list(title, shown, conversation.tracker(),
                "🎉 Đơn vị không còn việc nào đang mở.", navigation);
    }

    public Reply overdue(CommandLine line, Conversation conversation) {
        List<Occurrence> overdue = conversation.tracker().occurrences().overdueOf(conversation.me().agencyId());
        return OccurrenceCards.list("<b>Việc quá hạn</b> (" + overdue.size() + " kỳ" + more(overdue) + ")",
                first(overdue), conversation.tracker(), "👍 Đơn vị không có việc quá hạn.", List.of());
    }

    public Reply upcoming(CommandLine line, Conversation conversation) {
        int days = DEFAULT_DAYS;
        if (!line.arguments().isEmpty()) {
            var number = line.firstNumber();
            if (number.isEmpty() || number.get() < 1 || number.get() > MAX_DAYS || line.arguments().size() > 1) {
                return Reply.text("Số ngày phải là một số từ 1 đến " + MAX_DAYS + ", ví dụ <code>/sapden 7</code>.");
            }
            days = number.get().intValue();
        }
        List<Occurrence> due = conversation.tracker().occurrences().dueWithin(conversation.me().agencyId(), days);
        return OccurrenceCards.list("<b>Việc đến hạn trong " + days + " ngày tới</b> (" + due.size() + " kỳ"
                        + more(due) + ")", first(due), conversation.tracker(),
                "Không có việc nào đến hạn trong " + days + " ngày tới.", List.of());
    }

    private static List<Occurrence> first(List<Occurrence> all) {
        return all.size() <= MAX_LISTED ? all : all.subList(0, MAX_LISTED);
    }

    private static String more(List<Occurrence> all) {
        return all.size() <= MAX_LISTED ? "" : ", hiện " + MAX_LISTED + " kỳ đầu";
    }
}
