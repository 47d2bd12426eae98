package vn.laichau.par.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.importing.AppendixFormat;
import vn.laichau.par.domain.importing.AppendixImporter;
import vn.laichau.par.domain.importing.DraftTask;
import vn.laichau.par.domain.importing.ImportException;
import vn.laichau.par.domain.importing.PlanDraft;
import vn.laichau.par.domain.importing.WarningKind;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.imports.ImportDraft;
import vn.laichau.par.persistence.imports.ImportDraftRepository;
import vn.laichau.par.persistence.imports.ImportDraftRow;
import vn.laichau.par.persistence.imports.RowCorrection;
import vn.laichau.par.persistence.plan.PlanRepository;

/**
 * An administrator imports a plan's appendix: the file read into a stored draft, rows corrected, the draft
 * accepted as a plan with its occurrences or thrown away. Each operation is one transaction, so a failed
 * acceptance leaves no plan, task or occurrence behind and keeps the draft. A file that is no appendix, and a
 * draft that still names unknown agencies, are refused with an {@link ImportException}.
 */
@ApplicationScoped
public class AppendixImport {

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final ImportDraftRepository drafts;
    private final AgencyRepository agencies;
    private final PlanStore plans;

    @Inject
    public AppendixImport(ImportDraftRepository drafts, AgencyRepository agencies, PlanRepository plans,
                          OccurrenceCreation occurrences) {
        this.drafts = drafts;
        this.agencies = agencies;
        this.plans = new PlanStore(plans, agencies, occurrences);
    }

    /** For the container's client proxy only. */
    protected AppendixImport() {
        this(null, null, null, null);
    }

    /** Reads the file and stores it as a draft. */
    @Transactional
    public DraftView upload(byte[] content, String fileName) {
        AgencyDirectory directory = ImportDirectory.of(agencies);
        PlanDraft read = AppendixFile.read(new AppendixImporter(directory, parser), content, fileName);
        ImportDraft draft = drafts.store(fileName, AppendixFormat.detect(fileName, content), read);
        return DraftView.of(draft, directory, parser);
    }

    /** The drafts waiting for review, the oldest first. */
    @Transactional
    public List<DraftView.Summary> list() {
        return drafts.list().stream().map(DraftView.Summary::of).toList();
    }

    @Transactional
    public DraftView view(long id) {
        return DraftView.of(require(id), ImportDirectory.of(agencies), parser);
    }

    /** Corrects one row and checks it again; the answer is the whole draft as it now stands, with its new version. */
    @Transactional
    public DraftView correct(long id, long rowId, long expectedVersion, RowCorrection correction) {
        ImportDraft draft = require(id);
        checkVersion(draft, expectedVersion);
        ImportDraftRow row = draft.row(rowId).orElseThrow(() -> Refusal.notFound("dòng bản nháp", "draft row", rowId));
        AgencyDirectory directory = ImportDirectory.of(agencies);
        DraftReview review = new DraftReview(directory, parser);
        drafts.correct(draft, row, correction, r -> review.warningsOf(r, correction.code().isPresent()));
        return DraftView.of(draft, directory, parser);
    }

    /**
     * The draft as a plan: stored with its tasks, dates entered by hand and the occurrences of its whole
     * period, all in this one transaction, and the draft deleted. Refused while a row names an agency nobody
     * recognised (it would silently lose that agency) or when the importer's own checks fail.
     */
    @Transactional
    public CreatedCycle accept(long id, long expectedVersion, PlanHeader header) {
        ImportDraft draft = require(id);
        checkVersion(draft, expectedVersion);
        List<String> unknown = draft.rows().stream()
                .filter(r -> r.warnings().stream().anyMatch(w -> w.kind() == WarningKind.UNKNOWN_AGENCY))
                .map(r -> r.code() + " (dòng/row " + r.firstRow() + ")").toList();
        if (!unknown.isEmpty()) {
            throw new ImportException("Còn nhiệm vụ ghi đơn vị chưa nhận ra, cần sửa trước khi chấp nhận: " + unknown,
                    "Some tasks still name unknown agencies; correct them before accepting: " + unknown);
        }
        DraftReview review = new DraftReview(ImportDirectory.of(agencies), parser);
        List<DraftTask> tasks = draft.rows().stream().map(review::taskOf).toList();
        Plan plan = new PlanDraft(draft.areas(), tasks, List.of()).accept(header.number(), header.title(),
                header.issuer(), header.issuedOn(), header.firstYear(), header.lastYear());
        for (ImportDraftRow row : draft.rows()) {
            row.manualDeadline().ifPresent(m -> plan.task(row.code()).orElseThrow().scheduleByHand(m));
        }
        CreatedCycle created = plans.add(plan);
        drafts.delete(draft.id());
        return created;
    }

    /** Throws a draft away; no task is created. */
    @Transactional
    public void reject(long id) {
        if (!drafts.delete(id)) {
            throw notFound(id);
        }
    }

    private ImportDraft require(long id) {
        return drafts.find(id).orElseThrow(() -> notFound(id));
    }

    private static Refusal notFound(long id) {
        return Refusal.notFound("bản nháp", "draft", id);
    }

    private static void checkVersion(ImportDraft draft, long expected) {
        if (draft.version() != expected) {
            throw Refusal.of(Refusal.Reason.STALE, "stale-version", "Bản nháp đã thay đổi từ khi bạn đọc; hãy tải lại",
                    "The draft changed since you read it; reload it");
        }
    }
}
