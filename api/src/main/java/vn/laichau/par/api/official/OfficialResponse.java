package vn.laichau.par.api.official;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.laichau.par.domain.model.official.Official;

/** An official as other users see them; no password hash, no e-mail, no chat id. */
public record OfficialResponse(long id, String username, String displayName, long agencyId, List<String> roles,
                               boolean active, boolean headOfAgency, boolean telegramLinked, long version,
                               Instant updatedAt) {

    public static OfficialResponse of(Official o) {
        return new OfficialResponse(o.id(), o.username(), o.displayName(), o.agencyId(),
                o.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().toList(), o.isActive(),
                o.isHeadOfAgency(), o.telegramChatId().isPresent(), o.version(), o.updatedAt().orElse(null));
    }
}
