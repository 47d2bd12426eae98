package vn.laichau.par.bot.testing;

import vn.laichau.par.testsupport.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.telegram.TelegramLinkRepository;

/** Officials for bot tests: added to the database and linked to a chat the way officials link, with a code. */
public final class BotPeople {

    private final BotDatabase database;
    private final MutableClock clock;
    private final BotFixture bot;

    public BotPeople(BotDatabase database, MutableClock clock, BotFixture bot) {
        this.database = database;
        this.clock = clock;
        this.bot = bot;
    }

    /** Adds an active official named "Nguyễn Văn {username}"; returns the id. */
    public long add(String username, long agencyId, Role... roles) {
        return database.inTransaction(em -> {
            Official added = new OfficialRepository(em)
                    .add(new Official(username, "Nguyễn Văn " + username, agencyId, Set.of(roles)));
            em.flush();
            return added.id();
        });
    }

    /** A fresh one-time link code of the official. */
    public String code(long officialId) {
        return database.inTransaction(em -> new TelegramLinkRepository(em, clock).issueCode(officialId).code());
    }

    /** Links the private chat to the official by sending {@code /start <code>}. */
    public void link(long officialId, long chat) {
        assertThat(bot.say(chat, "/start " + code(officialId))).contains("Đã liên kết");
    }

    /** The version of an occurrence as stored now. */
    public long version(long occurrenceId) {
        return database.number("SELECT version FROM occurrence WHERE id = " + occurrenceId);
    }
}
