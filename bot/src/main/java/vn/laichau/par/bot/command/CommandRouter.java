package vn.laichau.par.bot.command;

import vn.laichau.par.bot.BotCommand;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import java.time.Clock;
import java.util.Optional;
import vn.laichau.par.bot.command.CallbackData.Action;

import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.telegram.BotDialog;

/**
 * Turns one incoming message, button press or file into a {@link Reply}: finds the official linked to the
 * sender, keeps unlinked chats to linking and help, and hands the rest to the handler of the command.
 */
final class CommandRouter {

    /** The version read from a button that carries none: no occurrence has it. */
    private static final long NO_VERSION = -1;

    private final CommandParser parser;
    private final HelpHandler help = new HelpHandler();
    private final LinkHandler link;
    private final OccurrenceListHandler lists = new OccurrenceListHandler();
    private final TaskHandler tasks = new TaskHandler();
    private final ProgressHandler progress = new ProgressHandler();
    private final FinishHandler finish = new FinishHandler();
    private final ExtensionHandler extension = new ExtensionHandler();
    private final EvidenceHandler evidence;
    private final OverviewHandler overview = new OverviewHandler();
    private final ParIndexHandler parIndex = new ParIndexHandler();
    private final PointsAtRiskHandler pointsAtRisk = new PointsAtRiskHandler();
    private final ReportHandler report = new ReportHandler();
    private final SettingsHandler settings = new SettingsHandler();

    public CommandRouter(CommandParser parser, EvidenceHandler.FileSource files, Clock clock) {
        this.parser = parser;
        this.link = new LinkHandler(clock);
        this.evidence = new EvidenceHandler(files);
    }

    public Reply route(Incoming incoming, Tracker tracker) {
        Optional<Official> official = ChatLinks.officialOf(incoming, tracker).filter(Official::isActive);
        Conversation conversation = new Conversation(incoming, official, tracker);
        if (incoming instanceof Incoming.Text text) {
            return text(text, conversation);
        }
        if (incoming instanceof Incoming.ButtonPress press) {
            return button(press, conversation);
        }
        Incoming.File file = (Incoming.File) incoming;
        if (official.isEmpty()) {
            return file.privateChat() ? Reply.text(Texts.NOT_LINKED) : Reply.none();
        }
        return evidence.file(file, conversation);
    }

    private Reply text(Incoming.Text text, Conversation conversation) {
        Optional<CommandLine> parsed = parser.parse(text.text());
        if (parsed.isEmpty()) {
            if (!text.privateChat()) {
                return Reply.none();
            }
            if (conversation.official().isEmpty()) {
                return Reply.text(Texts.NOT_LINKED);
            }
            return dialogAnswer(text.text(), conversation);
        }
        CommandLine line = parsed.get();
        if (line.command().isEmpty()) {
            return Reply.text("Bot không có lệnh <code>/" + escape(shorten(line.word())) + "</code>. Gõ /help để xem "
                    + "các lệnh.");
        }
        BotCommand command = line.command().get();
        if (command == BotCommand.START) {
            return link.start(line, conversation);
        }
        if (command == BotCommand.HELP) {
            return help.handle(line, conversation);
        }
        if (conversation.official().isEmpty()) {
            return text.privateChat() ? Reply.text(Texts.NOT_LINKED) : Reply.none();
        }
        if (command == BotCommand.GROUP) {
            return link.group(line, conversation);
        }
        if (!text.privateChat()) {
            return Reply.text(Texts.PRIVATE_ONLY);
        }
        if (command != BotCommand.EVIDENCE) {
            conversation.tracker().dialogs().end(conversation.chatId());
        }
        return switch (command) {
            case OPEN_WORK -> lists.open(line, conversation);
            case OVERDUE -> lists.overdue(line, conversation);
            case UPCOMING -> lists.upcoming(line, conversation);
            case SEARCH -> tasks.search(line, conversation);
            case TASK -> tasks.show(line, conversation);
            case UPDATE -> progress.handle(line, conversation);
            case FINISH -> finish.handle(line, conversation);
            case EXTEND -> extension.handle(line, conversation);
            case EVIDENCE -> evidence.command(line, conversation);
            case OVERVIEW -> overview.handle(line, conversation);
            case PAR_INDEX -> parIndex.handle(line, conversation);
            case POINTS_AT_RISK -> pointsAtRisk.handle(line, conversation);
            case REPORT -> report.handle(line, conversation);
            case SETTINGS -> settings.handle(line, conversation);
            case UNLINK -> link.unlink(line, conversation);
            case START, HELP, GROUP -> throw new IllegalStateException("handled above");
        };
    }

    private Reply dialogAnswer(String text, Conversation conversation) {
        Optional<BotDialog> dialog = conversation.tracker().dialogs().current(conversation.chatId(),
                conversation.tracker().occurrences().now());
        if (dialog.isEmpty()) {
            return Reply.text("Bot chưa hiểu tin nhắn này. Gõ /viec để xem việc của đơn vị, /help để xem các lệnh.");
        }
        BotDialog d = dialog.get();
        return switch (d.step()) {
            case PROGRESS_NOTE -> progress.record(asSeenInDialog(d, conversation), d.percent().orElse(0), text.strip(),
                    conversation);
            case EXTENSION_REASON -> extension.request(asSeenInDialog(d, conversation), text, conversation);
            case EVIDENCE_FILE -> Reply.text("Bot đang chờ tệp tài liệu kiểm chứng cho kỳ <code>"
                    + d.occurrenceId().orElseThrow() + "</code>: hãy gửi tệp (PDF, Word, Excel, ZIP) hoặc chụp ảnh "
                    + "gửi thẳng.");
            case EVIDENCE_OCCURRENCE -> evidence.occurrenceTyped(text, conversation);
        };
    }

    /** The dialog's occurrence, refused with the fresh card when it changed since the dialog began. */
    private static Occurrence asSeenInDialog(BotDialog dialog, Conversation conversation) {
        long occurrenceId = dialog.occurrenceId().orElseThrow();
        return dialog.occurrenceVersion()
                .map(version -> Access.occurrenceAsShown(conversation, occurrenceId, version))
                .orElseGet(() -> Access.occurrenceToWorkOn(conversation, occurrenceId));
    }

    private Reply button(Incoming.ButtonPress press, Conversation conversation) {
        if (conversation.official().isEmpty()) {
            return Reply.text(Texts.NOT_LINKED).withNotice("Tài khoản chưa liên kết");
        }
        Optional<CallbackData> decoded = CallbackData.decode(press.data());
        if (decoded.isEmpty() || decoded.get().numbers().isEmpty()) {
            return Reply.text(Texts.OLD_BUTTON).withNotice("Nút không còn dùng được");
        }
        CallbackData data = decoded.get();
        long first = data.numbers().get(0);
        Optional<Long> second = data.number(1);
        if (!press.privateChat() && data.action() != Action.APPROVE_EXTENSION
                && data.action() != Action.REJECT_EXTENSION) {
            return Reply.text(Texts.PRIVATE_ONLY);
        }
        return switch (data.action()) {
            case PAGE -> lists.page((int) Math.min(first, Integer.MAX_VALUE), conversation);
            case OCCURRENCE -> conversation.tracker().occurrences().find(first)
                    .filter(o -> o.agencyId() == conversation.me().agencyId()
                            || Access.seesWholeProvince(conversation.me()))
                    .map(o -> OccurrenceCards.card(o, conversation.tracker()))
                    .orElseGet(() -> Reply.text(Texts.noSuchOccurrence(first)));
            case UPDATE -> progress.askPercent(asShown(data, 1, conversation), conversation);
            case PERCENT -> second.map(p -> progress.percentChosen(asShown(data, 2, conversation), p.intValue(),
                    conversation)).orElseGet(() -> Reply.text(Texts.OLD_BUTTON));
            case NO_NOTE -> second.map(p -> progress.record(asShown(data, 2, conversation), p.intValue(), "",
                    conversation)).orElseGet(() -> Reply.text(Texts.OLD_BUTTON));
            case FINISH -> finish.finish(asShown(data, 1, conversation), conversation);
            case EXTEND -> extension.ask(asShown(data, 1, conversation), conversation);
            case EVIDENCE -> evidence.expect(asShown(data, 1, conversation), conversation);
            case APPROVE_EXTENSION -> extension.decide(first, true, conversation);
            case REJECT_EXTENSION -> extension.decide(first, false, conversation);
            case TELEGRAM_ALERTS -> settings.switchChannel(true, first == 1, conversation);
            case EMAIL_ALERTS -> settings.switchChannel(false, first == 1, conversation);
        };
    }

    /**
     * The occurrence a button acts on (its first number), as it was shown: the button carries the version at
     * {@code versionIndex}; a button without one counts as out of date.
     */
    private static Occurrence asShown(CallbackData data, int versionIndex, Conversation conversation) {
        return Access.occurrenceAsShown(conversation, data.numbers().get(0),
                data.number(versionIndex).orElse(NO_VERSION));
    }

    private static String shorten(String word) {
        return word.length() <= 32 ? word : word.substring(0, 32) + "…";
    }
}
