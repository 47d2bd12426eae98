package vn.laichau.par.application.occurrence;

import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * Who may act on which occurrence, checked the same way by every use case: the acting official is active; an
 * official acts only for the occurrences of their own agency, an admin for every one, a leader for none; and a
 * write names the version the caller saw.
 */
final class OccurrenceAccess {

    private final OfficialRepository officials;
    private final OccurrenceRepository occurrences;

    OccurrenceAccess(OfficialRepository officials, OccurrenceRepository occurrences) {
        this.officials = officials;
        this.occurrences = occurrences;
    }

    /** The official acting, refused when there is none or their account is inactive. */
    Official actingOfficial(long officialId) {
        Official official = officials.findById(officialId).orElse(null);
        if (official == null || !official.isActive()) {
            throw Refusal.of(Refusal.Reason.FORBIDDEN, "not-your-agency",
                    "Tài khoản không tồn tại hoặc đã ngừng hoạt động", "The account does not exist or is inactive");
        }
        return official;
    }

    /** The occurrence, when the official may act on it; refused otherwise. */
    Occurrence mayActOn(Official official, long occurrenceId) {
        Occurrence occurrence = occurrences.findById(occurrenceId).orElse(null);
        if (occurrence == null) {
            throw notFound("kỳ", "occurrence", occurrenceId);
        }
        boolean admin = official.hasRole(Role.ADMIN);
        boolean ownAgency = official.hasRole(Role.OFFICIAL) && official.agencyId() == occurrence.agencyId();
        if (admin || ownAgency) {
            return occurrence;
        }
        if (official.hasRole(Role.OFFICIAL)) {
            throw Refusal.of(Refusal.Reason.FORBIDDEN, "not-your-agency",
                    "Cán bộ chỉ được cập nhật các kỳ của cơ quan mình",
                    "An official acts only on the occurrences of their own agency");
        }
        throw Refusal.of(Refusal.Reason.FORBIDDEN, "not-your-agency",
                "Tài khoản lãnh đạo chỉ được xem, không cập nhật kỳ",
                "A leader's account reads only and changes no occurrence");
    }

    /** The occurrence the official may change, as the caller saw it ({@code expectedVersion}). */
    Occurrence writable(Official official, long occurrenceId, long expectedVersion) {
        Occurrence occurrence = mayActOn(official, occurrenceId);
        if (occurrence.version() != expectedVersion) {
            throw stale("Kỳ", "occurrence", occurrenceId);
        }
        return occurrence;
    }

    /** An official's write on an occurrence, checked: who acts, on what, and as which actor of the audit trail. */
    record Work(Official official, Occurrence occurrence, Actor actor) {
    }

    /**
     * The checks of every write, in order: the acting official is active, may act on the occurrence, and saw its
     * current version ({@code expectedVersion}).
     */
    Work writableBy(long officialId, Channel channel, long occurrenceId, long expectedVersion) {
        Official official = actingOfficial(officialId);
        return new Work(official, writable(official, occurrenceId, expectedVersion), actor(official, channel));
    }

    static Actor actor(Official official, Channel channel) {
        return Actor.official(official.id(), official.displayName(), channel);
    }

    static Refusal notFound(String vi, String en, long id) {
        return Refusal.of(Refusal.Reason.NOT_FOUND, "not-found", "Không tìm thấy " + vi + " " + id,
                "No " + en + " " + id);
    }

    static Refusal stale(String vi, String en, long id) {
        return Refusal.of(Refusal.Reason.STALE, "stale-version",
                vi + " " + id + " đã được người khác thay đổi; hãy tải lại rồi thử lại",
                "The " + en + " " + id + " was changed meanwhile; reload it and try again");
    }
}
