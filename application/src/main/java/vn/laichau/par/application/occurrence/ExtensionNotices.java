package vn.laichau.par.application.occurrence;

import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.Occurrence;

/**
 * Tells the people concerned about an extension request and its decision, whichever entry point (the API, a chat
 * bot) the request or the decision came through. Called inside the transaction that records the request or the
 * decision, so that the notices are kept exactly when the change is; the notifier implements it with its outbox,
 * whose dispatcher tries each person's channels in their order.
 */
public interface ExtensionNotices {

    /** Every active administrator but the requester learns of the pending request, with the means to decide it. */
    void requested(DeadlineExtension extension, Occurrence occurrence);

    /**
     * The requester learns the outcome; the other active administrators (not the one who decided) learn who
     * decided it.
     */
    void decided(DeadlineExtension extension, Occurrence occurrence);
}
