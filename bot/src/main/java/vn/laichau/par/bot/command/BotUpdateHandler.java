package vn.laichau.par.bot.command;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.laichau.par.bot.intake.UpdateHandler;
import vn.laichau.par.bot.spi.TelegramGateway;
import vn.laichau.par.bot.tracker.BotTransactions;
import vn.laichau.par.bot.tracker.Tracker;
import vn.laichau.par.persistence.work.EvidenceStore;

/**
 * The bot's handling of each update, whether it came by long polling or webhook: rate limit per chat, route
 * in one transaction, then send the reply after the commit. Any failure ends in a short apology to the chat;
 * nothing propagates to the intake, so one bad update never blocks the next.
 */
public final class BotUpdateHandler implements UpdateHandler {

    private static final Logger LOG = Logger.getLogger(BotUpdateHandler.class.getName());

    private final BotTransactions transactions;
    private final CommandRouter router;
    private final ReplySender sender;
    private final ChatRateLimiter limiter;
    private final Clock clock;
    private final EvidenceStore evidenceStore;

    public BotUpdateHandler(TelegramGateway gateway, BotTransactions transactions, EvidenceStore evidenceStore,
                            ChatRateLimiter limiter, String botUsername, Clock clock) {
        this.transactions = transactions;
        this.router = new CommandRouter(new CommandParser(botUsername), gateway::download, clock);
        this.sender = new ReplySender(gateway);
        this.limiter = limiter;
        this.clock = clock;
        this.evidenceStore = evidenceStore;
    }

    @Override
    public void handle(Update update) {
        Optional<Incoming> parsed = Incoming.of(update);
        if (parsed.isEmpty()) {
            return;
        }
        Incoming incoming = parsed.get();
        switch (limiter.check(incoming.chatId(), clock.instant())) {
            case DROP -> {
                return;
            }
            case WARN -> {
                sender.send(incoming, Reply.text(Texts.SLOW_DOWN).withNotice("Chậm lại một chút"));
                return;
            }
            case ALLOW -> {
            }
        }
        sender.send(incoming, reply(incoming));
    }

    /** The reply to one incoming update, computed and committed in one transaction. */
    public Reply reply(Incoming incoming) {
        try {
            return transactions.inTransaction(em -> router.route(incoming, new Tracker(em, clock, evidenceStore)));
        } catch (OptimisticLockException e) {
            return Reply.text(Texts.CHANGED_MEANWHILE);
        } catch (PersistenceException e) {
            if (causedBy(e, OptimisticLockException.class)) {
                return Reply.text(Texts.CHANGED_MEANWHILE);
            }
            LOG.log(Level.SEVERE, "Handling a Telegram update of chat " + incoming.chatId() + " failed", e);
            return Reply.text(Texts.FAILED);
        } catch (RuntimeException e) {
            if (causedBy(e, OptimisticLockException.class)) {
                return Reply.text(Texts.CHANGED_MEANWHILE);
            }
            LOG.log(Level.SEVERE, "Handling a Telegram update of chat " + incoming.chatId() + " failed", e);
            return Reply.text(Texts.FAILED);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
