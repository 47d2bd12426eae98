package vn.laichau.par.persistence.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.laichau.par.domain.importing.AppendixFormat;
import vn.laichau.par.domain.importing.DraftTask;
import vn.laichau.par.domain.importing.ImportWarning;
import vn.laichau.par.domain.importing.PlanDraft;

/** Stores imported appendices as drafts, applies corrections to their rows, and deletes them. */
@ApplicationScoped
public class ImportDraftRepository {

    private final EntityManager em;
    private final Clock clock;

    @Inject
    public ImportDraftRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected ImportDraftRepository() {
        this(null, null);
    }

    /** Stores what the importer read; each warning goes with the task row it is about, the rest with the draft. */
    public ImportDraft store(String fileName, AppendixFormat format, PlanDraft read) {
        List<ImportWarning> fileWarnings = new ArrayList<>(read.warnings());
        List<List<ImportWarning>> rowWarnings = new ArrayList<>();
        for (DraftTask task : read.tasks()) {
            List<ImportWarning> own = fileWarnings.stream()
                    .filter(w -> task.rowNumbers().contains(w.rowNumber())).toList();
            fileWarnings.removeAll(own);
            rowWarnings.add(own);
        }
        ImportDraft draft = new ImportDraft(fileName, format, read.areas(), fileWarnings, clock.instant());
        for (int i = 0; i < read.tasks().size(); i++) {
            draft.addRow(new ImportDraftRow(draft, i, read.tasks().get(i), rowWarnings.get(i)));
        }
        em.persist(draft);
        em.flush();
        return draft;
    }

    public Optional<ImportDraft> find(long id) {
        return Optional.ofNullable(em.find(ImportDraft.class, id));
    }

    /** The drafts waiting for review, the oldest first. */
    public List<ImportDraft> list() {
        return em.createQuery("SELECT d FROM ImportDraft d ORDER BY d.id", ImportDraft.class).getResultList();
    }

    /**
     * Applies a correction to one row and replaces the row's warnings with those {@code recheck} finds in the
     * corrected row; the draft's version moves on.
     */
    public ImportDraftRow correct(ImportDraft draft, ImportDraftRow row, RowCorrection correction,
                                  Function<ImportDraftRow, List<ImportWarning>> recheck) {
        row.correct(correction);
        row.replaceWarnings(recheck.apply(row));
        draft.touch(clock.instant());
        em.flush();
        return row;
    }

    /** Deletes a draft with its rows; whether there was one. */
    public boolean delete(long id) {
        Optional<ImportDraft> draft = find(id);
        draft.ifPresent(d -> {
            em.remove(d);
            em.flush();
        });
        return draft.isPresent();
    }
}
