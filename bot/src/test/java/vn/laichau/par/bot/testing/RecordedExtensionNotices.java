package vn.laichau.par.bot.testing;

import java.util.ArrayList;
import java.util.List;
import vn.laichau.par.application.occurrence.ExtensionNotices;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;

/**
 * The extension notices the use cases handed over, in order; the bot's tests stand without the notifier, whose
 * outbox and dispatcher deliver them in the application (tested where both are assembled).
 */
public final class RecordedExtensionNotices implements ExtensionNotices {

    private final List<ExtensionStatus> told = new ArrayList<>();
    private final List<Long> extensions = new ArrayList<>();

    @Override
    public synchronized void requested(DeadlineExtension extension, Occurrence occurrence) {
        told.add(extension.status());
        extensions.add(extension.id());
    }

    @Override
    public synchronized void decided(DeadlineExtension extension, Occurrence occurrence) {
        told.add(extension.status());
        extensions.add(extension.id());
    }

    /** The status each notice about the extension told, in order: PENDING for the request, then the decision. */
    public synchronized List<ExtensionStatus> about(long extensionId) {
        List<ExtensionStatus> about = new ArrayList<>();
        for (int i = 0; i < told.size(); i++) {
            if (extensions.get(i) == extensionId) {
                about.add(told.get(i));
            }
        }
        return about;
    }
}
