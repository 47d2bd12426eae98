package vn.laichau.par.persistence.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.importing.AppendixFormat;
import vn.laichau.par.domain.importing.DraftTask;
import vn.laichau.par.domain.importing.ImportException;
import vn.laichau.par.domain.importing.ImportWarning;
import vn.laichau.par.domain.importing.PlanDraft;
import vn.laichau.par.domain.importing.WarningKind;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.plan.NextCycle;
import vn.laichau.par.persistence.plan.PlanRepository;

/**
 * Stores imported appendices as drafts, applies an administrator's corrections to their rows, and turns an
 * accepted draft into a plan with its occurrences. Accepting and rejecting both delete the draft; run in the
 * caller's transaction, an accepted draft either becomes a whole plan or leaves everything as it was.
 */
@ApplicationScoped
public class ImportDraftRepository {

    private static final DeadlinePhraseParser PARSER = new DeadlinePhraseParser();

    @PersistenceContext(unitName = "par")
    private EntityManager em;

    private Clock clock = Clock.systemUTC();

    public ImportDraftRepository() {
    }

    /** For use outside a container (tests, tools). */
    public ImportDraftRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Inject
    void useClock(Instance<Clock> clocks) {
        if (clocks.isResolvable()) {
            this.clock = clocks.get();
        }
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

    /** Applies a correction to one row and checks the row again; the draft's version moves on. */
    public ImportDraftRow correct(ImportDraft draft, ImportDraftRow row, RowCorrection correction) {
        row.correct(correction);
        row.replaceWarnings(review().warningsOf(row, correction.code().isPresent()));
        draft.touch(clock.instant());
        em.flush();
        return row;
    }

    /**
     * The draft as a plan: stored with its tasks, dates entered by hand and the occurrences of its whole
     * period, and the draft deleted. Refused with an {@link ImportException} while a row names an agency
     * nobody recognised (it would silently lose that agency) or when the importer's own checks fail.
     */
    public NextCycle accept(ImportDraft draft, PlanHeader header) {
        DraftReview review = review();
        List<String> unknown = draft.rows().stream()
                .filter(r -> r.warnings().stream().anyMatch(w -> w.kind() == WarningKind.UNKNOWN_AGENCY))
                .map(r -> r.code() + " (dòng/row " + r.firstRow() + ")").toList();
        if (!unknown.isEmpty()) {
            throw new ImportException("Còn nhiệm vụ ghi đơn vị chưa nhận ra, cần sửa trước khi chấp nhận: " + unknown,
                    "Some tasks still name unknown agencies; correct them before accepting: " + unknown);
        }
        List<DraftTask> tasks = draft.rows().stream().map(review::taskOf).toList();
        Plan plan = new PlanDraft(draft.areas(), tasks, List.of()).accept(header.number(), header.title(),
                header.issuer(), header.issuedOn(), header.firstYear(), header.lastYear());
        for (ImportDraftRow row : draft.rows()) {
            row.manualDeadline().ifPresent(m -> plan.task(row.code()).orElseThrow().scheduleByHand(m));
        }
        NextCycle created = new PlanRepository(em).addWithOccurrences(plan);
        em.remove(draft);
        em.flush();
        return created;
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

    private DraftReview review() {
        return new DraftReview(ImportDirectory.of(new AgencyRepository(em)), PARSER);
    }
}
