package vn.laichau.par.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.application.download.DownloadLinks;
import vn.laichau.par.application.occurrence.EvidenceSubmission;
import vn.laichau.par.application.parindex.ParIndexFramework;
import vn.laichau.par.application.report.PeriodicReports;
import vn.laichau.par.application.occurrence.ExtensionDecisions;
import vn.laichau.par.application.occurrence.ExtensionRequests;
import vn.laichau.par.application.occurrence.OccurrenceFinishing;
import vn.laichau.par.application.occurrence.OccurrenceQueries;
import vn.laichau.par.application.occurrence.ProgressReporting;
import vn.laichau.par.application.plan.TaskQueries;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.bot.command.BotUpdateHandler;
import vn.laichau.par.bot.command.ChatRateLimiter;
import vn.laichau.par.bot.command.Tracker;
import vn.laichau.par.bot.gateway.TelegramGateway;
import vn.laichau.par.bot.zalo.ZaloBotConfiguration;
import vn.laichau.par.bot.zalo.ZaloPhotoDownloads;
import vn.laichau.par.persistence.outbox.AlertChannelOrderRepository;
import vn.laichau.par.persistence.telegram.BotDialogRepository;
import vn.laichau.par.persistence.telegram.TelegramLinkRepository;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;
import vn.laichau.par.persistence.telegram.ZaloLinkRepository;

/**
 * The one conversation core of every messenger: the commands, dialogs and Vietnamese answers, on the
 * application's use cases, with one rate limit per chat. The Telegram and Zalo runtimes are its adapters.
 */
@ApplicationScoped
public class ConversationCore {

    /** How long downloading one photo Zalo names by URL may take. */
    static final Duration PHOTO_DOWNLOAD_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    TelegramGateway gateway;

    @Inject
    ZaloBotConfiguration zalo;

    @Inject
    UnitOfWork transactions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "par.telegram.bot.username", defaultValue = " ")
    String botUsername;

    @Inject
    ProgressReporting progress;

    @Inject
    OccurrenceFinishing finishing;

    @Inject
    EvidenceSubmission evidence;

    @Inject
    ExtensionRequests extensionRequests;

    @Inject
    ExtensionDecisions extensionDecisions;

    @Inject
    OccurrenceQueries occurrences;

    @Inject
    TaskQueries tasks;

    @Inject
    TelegramLinkRepository links;

    @Inject
    TelegramPreferenceRepository preferences;

    @Inject
    BotDialogRepository dialogs;

    @Inject
    ZaloLinkRepository zaloLinks;

    @Inject
    AlertChannelOrderRepository channelOrders;

    @Inject
    PeriodicReports reports;

    @Inject
    ParIndexFramework parIndex;

    @Inject
    DownloadLinks downloads;

    private BotUpdateHandler handler;

    /** The handler both messengers' adapters hand their messages to. */
    public synchronized BotUpdateHandler handler() {
        if (handler == null) {
            Tracker tracker = new Tracker(progress, finishing, evidence, extensionRequests, extensionDecisions,
                    occurrences, tasks, links, preferences, dialogs, zaloLinks, channelOrders,
                    reports, parIndex, downloads);
            Set<String> trusted = zalo.settings().map(s -> s.apiBaseUrl()).map(URI::getHost).map(Set::of)
                    .orElse(Set.of());
            handler = new BotUpdateHandler(gateway, new ZaloPhotoDownloads(PHOTO_DOWNLOAD_TIMEOUT, trusted),
                    transactions, tracker, ChatRateLimiter.standard(), botUsername.strip(), clock);
        }
        return handler;
    }

    /** The chat links of Zalo users, for the Zalo adapter. */
    public ZaloLinkRepository zaloLinks() {
        return zaloLinks;
    }

    public TelegramGateway telegram() {
        return gateway;
    }
}
