package vn.laichau.par.bot.command;

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
import vn.laichau.par.persistence.telegram.BotDialogRepository;
import vn.laichau.par.persistence.telegram.TelegramLinkRepository;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;
import vn.laichau.par.persistence.telegram.ZaloLinkRepository;
import vn.laichau.par.persistence.outbox.AlertChannelOrderRepository;

/**
 * What the bot's handlers work with: the application's use cases and reads — the same rules, refusals and audit
 * trail as the REST API's, reports and points at risk with the API's scope, download links — and the chat links of each messenger, preferences, the order of alert channels and
 * dialogs. Each joins the transaction of the update being handled.
 */
public record Tracker(ProgressReporting progress, OccurrenceFinishing finishing, EvidenceSubmission evidence,
                      ExtensionRequests extensionRequests, ExtensionDecisions extensionDecisions,
                      OccurrenceQueries occurrences, TaskQueries tasks, TelegramLinkRepository links,
                      TelegramPreferenceRepository preferences, BotDialogRepository dialogs,
                      ZaloLinkRepository zaloLinks, AlertChannelOrderRepository channelOrders,
                      PeriodicReports reports, ParIndexFramework parIndex, DownloadLinks downloads) {
}
