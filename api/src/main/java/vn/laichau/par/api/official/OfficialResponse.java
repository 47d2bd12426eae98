package vn.laichau.par.api.official;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.laichau.par.domain.model.official.Official;

/**
 * An official as other users see them: no password hash and no chat id; e-mail and phone only for
 * administrators, who keep them.
 */
public record OfficialResponse(long id, String username, String displayName, long agencyId, List<String> roles,
                               boolean active, boolean headOfAgency, boolean telegramLinked, long version,
                               Instant updatedAt, String email, String phone) {

    public static OfficialResponse of(Official o) {
        return new OfficialResponse(o.id(), o.username(), o.displayName(), o.agencyId(),
                o.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().toList(), o.isActive(),
                o.isHeadOfAgency(), o.telegramChatId().isPresent(), o.version(), o.updatedAt().orElse(null), null, null);
    }

    /** With the contact details, for administrators. */
    public static OfficialResponse withContacts(Official o) {
        OfficialResponse shown = of(o);
        return new OfficialResponse(shown.id(), shown.username(), shown.displayName(), shown.agencyId(), shown.roles(),
                shown.active(), shown.headOfAgency(), shown.telegramLinked(), shown.version(), shown.updatedAt(),
                o.email().orElse(null), o.phone().orElse(null));
    }
}
