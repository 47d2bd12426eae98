package vn.laichau.par.notifier.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.laichau.par.application.download.DownloadLinks;
import vn.laichau.par.application.report.PeriodicReports;
import vn.laichau.par.notifier.ReportDraftLinks;

/**
 * The province's draft of the period under way, for the weekly digest: a download link signed for the recipient,
 * valid until the next digest; the recipient's right to read it is checked again when it is opened.
 */
@ApplicationScoped
public class ProvinceDraftLinks implements ReportDraftLinks {

    /** A digest's link lasts until the next digest. */
    public static final Duration DIGEST_LINK_LIFETIME = Duration.ofDays(7);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu");

    private final PeriodicReports reports;
    private final DownloadLinks links;
    private final Clock clock;

    @Inject
    public ProvinceDraftLinks(PeriodicReports reports, DownloadLinks links, Clock clock) {
        this.reports = reports;
        this.links = links;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected ProvinceDraftLinks() {
        this(null, null, null);
    }

    @Override
    public Optional<DraftNotice> provinceDraft(long recipientId) {
        return reports.currentProvinceRequest().map(request -> new DraftNotice(
                request.period().titleVi(request.year()),
                links.draftLink(recipientId, request, DIGEST_LINK_LIFETIME),
                SHOWN.format(clock.instant().plus(DIGEST_LINK_LIFETIME).atZone(clock.getZone()))));
    }
}
