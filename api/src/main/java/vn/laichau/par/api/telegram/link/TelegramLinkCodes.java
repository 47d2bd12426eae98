package vn.laichau.par.api.telegram.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.telegram.TelegramLinkRepository;

/** Issues link codes for the resources: for oneself, or by an admin for an official. */
@ApplicationScoped
public class TelegramLinkCodes {

    @Inject
    TelegramLinkRepository links;

    @Inject
    OfficialRepository officials;

    @Inject
    @ConfigProperty(name = "par.telegram.bot.username", defaultValue = " ")
    String botUsername;

    @Transactional
    public TelegramLinkCodeResponse issueFor(long officialId) {
        Official official = officials.findById(officialId)
                .orElseThrow(() -> ProblemException.notFound("official", officialId));
        if (!official.isActive()) {
            throw ProblemException.badRequest("official-inactive", "Tài khoản đã ngừng hoạt động",
                    "The account is inactive");
        }
        return TelegramLinkCodeResponse.of(links.issueCode(officialId), botUsername);
    }
}
