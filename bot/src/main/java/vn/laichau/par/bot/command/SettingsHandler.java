package vn.laichau.par.bot.command;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.laichau.par.bot.command.CallbackData.Action;
import vn.laichau.par.domain.model.notification.AlertChannelOrder;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.domain.model.telegram.TelegramPreference;

/**
 * {@code /caidat}: alert preferences. {@code /caidat tat I.1} mutes a task, {@code /caidat bat I.1} unmutes
 * it, {@code /caidat yenlang 22:00-06:30} sets quiet hours ({@code yenlang tat} clears them),
 * {@code /caidat kenh zalo telegram email} orders the channels alerts try (the in-app feed always comes last);
 * the buttons switch the Telegram and e-mail channels.
 */
final class SettingsHandler {

    public Reply handle(CommandLine line, Conversation conversation) {
        TelegramPreference preference = conversation.tracker().preferences().of(conversation.me().id());
        List<String> args = line.arguments();
        if (args.isEmpty()) {
            return show(preference, conversation, "");
        }
        String verb = args.get(0).toLowerCase(Locale.ROOT);
        if ((verb.equals("tat") || verb.equals("bat") || verb.equals("mute") || verb.equals("unmute"))
                && args.size() == 2) {
            Optional<Task> task = conversation.tracker().tasks().byCode(args.get(1));
            if (task.isEmpty()) {
                return Reply.text("Không có nhiệm vụ mã <code>" + escape(args.get(1)) + "</code>.");
            }
            boolean mute = verb.equals("tat") || verb.equals("mute");
            if (mute) {
                preference.mute(task.get().id());
            } else {
                preference.unmute(task.get().id());
            }
            return show(preference, conversation, (mute ? "Đã tắt" : "Đã bật lại") + " nhắc nhiệm vụ "
                    + escape(task.get().code()) + ".\n\n");
        }
        if ((verb.equals("kenh") || verb.equals("channels")) && args.size() >= 2) {
            Optional<AlertChannelOrder> order = AlertChannelOrder.parse(String.join(" ", args.subList(1, args.size())));
            if (order.isEmpty()) {
                return Reply.text("Thứ tự kênh ghi dạng <code>/caidat kenh zalo telegram email</code>: mỗi kênh một "
                        + "lần, trong số zalo, telegram, email.");
            }
            conversation.tracker().channelOrders().change(conversation.me().id(), order.get(),
                    conversation.tracker().occurrences().now());
            return show(preference, conversation, "Đã đổi thứ tự kênh nhận nhắc.\n\n");
        }
        if ((verb.equals("yenlang") || verb.equals("quiet")) && args.size() == 2) {
            if (args.get(1).equalsIgnoreCase("tat") || args.get(1).equalsIgnoreCase("off")) {
                preference.noQuietHours();
                return show(preference, conversation, "Đã bỏ giờ yên lặng.\n\n");
            }
            Optional<LocalTime[]> window = window(args.get(1));
            if (window.isEmpty()) {
                return Reply.text("Giờ yên lặng ghi dạng <code>22:00-06:30</code>.");
            }
            preference.quietBetween(window.get()[0], window.get()[1]);
            return show(preference, conversation, "Đã đặt giờ yên lặng.\n\n");
        }
        return Reply.text("Cách dùng: <code>/caidat</code> xem cài đặt; <code>/caidat tat I.1</code> tắt nhắc một "
                + "nhiệm vụ, <code>/caidat bat I.1</code> bật lại; <code>/caidat yenlang 22:00-06:30</code> đặt giờ "
                + "yên lặng, <code>/caidat yenlang tat</code> bỏ; <code>/caidat kenh zalo telegram email</code> đặt thứ "
                + "tự kênh nhận nhắc.");
    }

    /** A channel button was pressed. */
    public Reply switchChannel(boolean telegram, boolean on, Conversation conversation) {
        TelegramPreference preference = conversation.tracker().preferences().of(conversation.me().id());
        if (telegram) {
            preference.useTelegram(on);
        } else {
            preference.useEmail(on);
        }
        return show(preference, conversation, "");
    }

    private Reply show(TelegramPreference p, Conversation conversation, String prefix) {
        StringBuilder html = new StringBuilder(prefix).append("<b>Cài đặt nhắc việc</b>\n")
                .append("\nTelegram: ").append(p.telegramAlerts() ? "bật" : "tắt")
                .append("\nThư điện tử: ").append(p.emailAlerts() ? "bật" : "tắt")
                .append("\nThứ tự kênh: ").append(escape(conversation.tracker().channelOrders()
                        .of(conversation.me().id()).shown()))
                .append(" (đổi: <code>/caidat kenh zalo telegram email</code>)")
                .append("\nGiờ yên lặng: ")
                .append(p.quietFrom().map(from -> from + "–" + p.quietTo().orElseThrow()).orElse("không"));
        List<String> muted = p.mutedTasks().stream().map(id -> conversation.tracker().tasks().find(id))
                .flatMap(Optional::stream).map(Task::code).sorted().toList();
        html.append("\nNhiệm vụ đã tắt nhắc: ").append(muted.isEmpty() ? "không" : escape(String.join(", ", muted)));
        var keyboard = List.of(List.of(
                CallbackData.button(p.telegramAlerts() ? "Tắt nhắc qua Telegram" : "Bật nhắc qua Telegram",
                        Action.TELEGRAM_ALERTS, p.telegramAlerts() ? 0 : 1),
                CallbackData.button(p.emailAlerts() ? "Tắt nhắc qua thư" : "Bật nhắc qua thư",
                        Action.EMAIL_ALERTS, p.emailAlerts() ? 0 : 1)));
        return Reply.withButtons(html.toString(), keyboard);
    }

    static Optional<LocalTime[]> window(String text) {
        String[] parts = text.split("-");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            LocalTime from = LocalTime.parse(pad(parts[0]));
            LocalTime to = LocalTime.parse(pad(parts[1]));
            return from.equals(to) ? Optional.empty() : Optional.of(new LocalTime[] {from, to});
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String pad(String time) {
        String t = time.strip().replace('h', ':');
        if (t.endsWith(":")) {
            t = t + "00";
        }
        if (!t.contains(":")) {
            t = t + ":00";
        }
        return t.indexOf(':') == 1 ? "0" + t : t;
    }
}
