package vn.laichau.par.bot.command;

import java.util.Optional;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;

/**
 * Who may do what in the bot, as in the API: officials act on their own agency's occurrences, admins (the
 * monitoring agency) on every one, leaders read everything and change nothing.
 */
public final class Access {

    private Access() {
    }

    /** The occurrence if the official may act on it, else a reply explaining why not. */
    public static Result occurrenceToActOn(Conversation conversation, long occurrenceId) {
        Optional<Occurrence> occurrence = conversation.tracker().occurrence(occurrenceId);
        if (occurrence.isEmpty()) {
            return new Result(Optional.empty(), Reply.text(Texts.noSuchOccurrence(occurrenceId)));
        }
        Official me = conversation.me();
        boolean ownAgency = me.hasRole(Role.OFFICIAL) && occurrence.get().agencyId() == me.agencyId();
        if (!ownAgency && !me.hasRole(Role.ADMIN)) {
            return new Result(Optional.empty(), Reply.text(me.hasRole(Role.OFFICIAL) ? Texts.NOT_YOUR_AGENCY
                    : "Tài khoản lãnh đạo chỉ xem, không cập nhật kỳ."));
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
