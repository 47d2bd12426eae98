package vn.laichau.par.api.official;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.laichau.par.domain.model.official.Official;

/**
 * An official as other users see them: no password hash and no chat id; the user name only for administrators and
 * the official themself (half of what a password guesser needs); e-mail and phone only for administrators, who
 * keep them. A field that is not shown is absent.
 */
public record OfficialResponse(long id, String username, String displayName, long agencyId, List<String> roles,
                               boolean active, boolean headOfAgency, boolean telegramLinked, long version,
                               Instant updatedAt, String email, String phone) {

    /** As any signed-in official sees another one: without user name and contacts. */
    public static OfficialResponse of(Official o) {
        return new OfficialResponse(o.id(), null, o.displayName(), o.agencyId(),
                o.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().toList(), o.isActive(),
                o.isHeadOfAgency(), o.telegramChatId().isPresent(), o.version(), o.updatedAt().orElse(null), null, null);
    }

    /** As the official themself sees their account: with the user name. */
    public static OfficialResponse ofSelf(Official o) {
        OfficialResponse shown = of(o);
        return new OfficialResponse(shown.id(), o.username(), shown.displayName(), shown.agencyId(), shown.roles(),
                shown.active(), shown.headOfAgency(), shown.telegramLinked(), shown.version(), shown.updatedAt(),
                null, null);
    }

    /** With the user name and the contact details, for administrators. */
    public static OfficialResponse withContacts(Official o) {
        OfficialResponse shown = of(o);
        return new OfficialResponse(shown.id(), o.username(), shown.displayName(), shown.agencyId(), shown.roles(),
                shown.active(), shown.headOfAgency(), shown.telegramLinked(), shown.version(), shown.updatedAt(),
                o.email().orElse(null), o.phone().orElse(null));
    }
}
