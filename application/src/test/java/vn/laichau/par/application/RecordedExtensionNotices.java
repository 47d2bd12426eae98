package vn.laichau.par.application;

import java.util.ArrayList;
import java.util.List;
import vn.laichau.par.application.occurrence.ExtensionNotices;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;

/** The extension notices the use cases handed over, in order: the extension's id and its status then. */
public final class RecordedExtensionNotices implements ExtensionNotices {

    /** One notice handed over. */
    public record Told(long extensionId, ExtensionStatus status, long occurrenceId) {
    }

    private final List<Told> told = new ArrayList<>();

    @Override
    public synchronized void requested(DeadlineExtension extension, Occurrence occurrence) {
        told.add(new Told(extension.id(), extension.status(), occurrence.id()));
    }

    @Override
    public synchronized void decided(DeadlineExtension extension, Occurrence occurrence) {
        told.add(new Told(extension.id(), extension.status(), occurrence.id()));
    }

    /** The notices about one extension. */
    public synchronized List<Told> about(long extensionId) {
        return told.stream().filter(t -> t.extensionId() == extensionId).toList();
    }
}
