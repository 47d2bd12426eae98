package vn.laichau.par.notifier;

import java.util.Optional;

/**
 * Where the weekly digest to the monitoring agency points for the province's draft CCHC report of the period
 * under way: its title, and a link signed for the recipient when the server has a public URL.
 */
@FunctionalInterface
public interface ReportDraftLinks {

    /** None: the digest says nothing of the draft. */
    ReportDraftLinks NONE = recipientId -> Optional.empty();

    /** The draft to name in the digest to {@code recipientId} (an official); empty for none. */
    Optional<DraftNotice> provinceDraft(long recipientId);

    /**
     * @param titleVi    the period as the report's title says it, e.g. "6 tháng năm 2019"
     * @param url        the download link, valid until {@code validUntilVi}; empty without a public URL
     */
    record DraftNotice(String titleVi, Optional<String> url, String validUntilVi) {
    }
}
