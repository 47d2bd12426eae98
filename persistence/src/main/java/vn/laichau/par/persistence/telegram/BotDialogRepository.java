package vn.laichau.par.persistence.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import vn.laichau.par.domain.model.telegram.BotDialog;
import vn.laichau.par.domain.model.telegram.DialogStep;

/** The dialog state of each chat, kept in the database so that any server instance can continue it. */
@ApplicationScoped
public class BotDialogRepository {

    private final EntityManager em;

    @Inject
    public BotDialogRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected BotDialogRepository() {
        this(null);
    }

    /** The chat's dialog unless it has expired (an expired one is removed). */
    public Optional<BotDialog> current(long chatId, Instant now) {
        BotDialog dialog = em.find(BotDialog.class, chatId);
        if (dialog == null) {
            return Optional.empty();
        }
        if (dialog.isExpiredAt(now)) {
            em.remove(dialog);
            return Optional.empty();
        }
        return Optional.of(dialog);
    }

    /** Starts or replaces the chat's dialog. */
    public BotDialog await(long chatId, DialogStep step, Long occurrenceId, Integer percent, Instant now) {
        return await(chatId, step, occurrenceId, percent, null, now);
    }

    /**
     * Starts or replaces the chat's dialog about the occurrence as the chat saw it ({@code occurrenceVersion},
     * null when the answer does not depend on it).
     */
    public BotDialog await(long chatId, DialogStep step, Long occurrenceId, Integer percent, Long occurrenceVersion,
                           Instant now) {
        BotDialog dialog = em.find(BotDialog.class, chatId);
        if (dialog == null) {
            dialog = new BotDialog(chatId, step, occurrenceId, percent, occurrenceVersion, now);
            em.persist(dialog);
        } else {
            dialog.moveTo(step, occurrenceId, percent, occurrenceVersion, now);
        }
        em.flush();
        return dialog;
    }

    /** Holds a file the chat sent and waits for the occurrence it is evidence for. */
    public BotDialog awaitOccurrenceForFile(long chatId, String fileId, String fileName, Instant now) {
        BotDialog dialog = await(chatId, DialogStep.EVIDENCE_OCCURRENCE, null, null, null, now);
        dialog.holdFile(fileId, fileName);
        em.flush();
        return dialog;
    }

    /** Ends the chat's dialog, if any. */
    public void end(long chatId) {
        BotDialog dialog = em.find(BotDialog.class, chatId);
        if (dialog != null) {
            em.remove(dialog);
            em.flush();
        }
    }
}
