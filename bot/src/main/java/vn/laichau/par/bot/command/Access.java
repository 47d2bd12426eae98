package vn.laichau.par.bot.command;

import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;

/**
 * Who may do what in the bot. Who may work on an occurrence is decided by
 * the application's use cases, the rule the REST API applies; the bot only decides
 * what it shows: leaders and admins see the whole province.
 */
final class Access {

    private Access() {
    }

    /**
     * The occurrence if the linked official may work on it now; otherwise a
     * {@link vn.laichau.par.domain.Refusal} with the API's reason.
     */
    public static Occurrence occurrenceToWorkOn(Conversation conversation, long occurrenceId) {
        return conversation.tracker().occurrences().toWorkOn(conversation.officialId(), occurrenceId);
    }

    /**
     * The occurrence if the linked official may work on it now and it is still as the chat was shown it
     * ({@code shownVersion}); when it changed since, a {@link RefusalReply} whose reply says so and shows the fresh
     * card, so that nothing acts on what the official no longer sees.
     */
    public static Occurrence occurrenceAsShown(Conversation conversation, long occurrenceId, long shownVersion) {
        Occurrence occurrence = occurrenceToWorkOn(conversation, occurrenceId);
        if (occurrence.version() != shownVersion) {
            throw new RefusalReply(OccurrenceCards.changedSinceShown(occurrence, conversation.tracker()), null);
        }
        return occurrence;
    }

    public static boolean seesWholeProvince(Official official) {
        return official.hasRole(Role.ADMIN) || official.hasRole(Role.LEADER);
    }
}
