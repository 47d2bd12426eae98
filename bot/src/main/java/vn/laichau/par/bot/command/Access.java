package vn.laichau.par.bot.command;

import java.util.Optional;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;

/** Who may do what in the bot: officials act for their own agency; leaders and admins read everything. */
public final class Access {

    private Access() {
    }

    /** The occurrence if the official may act on it, else a reply explaining why not. */
    public static Result occurrenceToActOn(Conversation conversation, long occurrenceId) {
        Optional<Occurrence> occurrence = conversation.tracker().occurrence(occurrenceId);
        if (occurrence.isEmpty()) {
            return new Result(Optional.empty(), Reply.text(Texts.noSuchOccurrence(occurrenceId)));
        }
        if (occurrence.get().agencyId() != conversation.me().agencyId()) {
            return new Result(Optional.empty(), Reply.text(Texts.NOT_YOUR_AGENCY));
        }
        return new Result(occurrence, Reply.none());
    }

    public static boolean seesWholeProvince(Official official) {
        return official.hasRole(Role.ADMIN) || official.hasRole(Role.LEADER);
    }

    public static boolean decidesExtensions(Official official) {
        return official.hasRole(Role.ADMIN);
    }

    /** An occurrence to act on, or the refusal to send instead. */
    public record Result(Optional<Occurrence> occurrence, Reply refusal) {

        public boolean allowed() {
            return occurrence.isPresent();
        }

        public Occurrence get() {
            return occurrence.orElseThrow();
        }
    }
}
