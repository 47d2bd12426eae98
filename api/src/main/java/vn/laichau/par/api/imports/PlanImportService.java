package vn.laichau.par.api.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.importing.AppendixFormat;
import vn.laichau.par.domain.importing.AppendixImporter;
import vn.laichau.par.domain.importing.PlanDraft;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.imports.ImportDirectory;
import vn.laichau.par.persistence.imports.ImportDraft;
import vn.laichau.par.persistence.imports.ImportDraftRepository;
import vn.laichau.par.persistence.imports.ImportDraftRow;
import vn.laichau.par.persistence.imports.PlanHeader;
import vn.laichau.par.persistence.imports.RowCorrection;
import vn.laichau.par.persistence.plan.NextCycle;

/**
 * Plan import: an appendix file read into a stored draft, rows corrected, the draft accepted as a plan with its
 * occurrences or thrown away. Each operation is one transaction, so a failed acceptance leaves no plan, task or
 * occurrence behind and keeps the draft.
 */
@ApplicationScoped
public class PlanImportService {

    static final int MAX_TEXT = 4000;

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    @Inject
    ImportDraftRepository drafts;

    @Inject
    AgencyRepository agencies;

    /** Reads the file and stores it as a draft; an {@code ImportException} when it is no appendix. */
    @Transactional
    public DraftView upload(byte[] content, String fileName) {
        AgencyDirectory directory = ImportDirectory.of(agencies);
        PlanDraft read = new AppendixImporter(directory, parser).read(content, fileName);
        ImportDraft draft = drafts.store(fileName, AppendixFormat.detect(fileName, content), read);
        return new DraftView(DraftMapping.of(draft, directory, parser), draft.version());
    }

    @Transactional
    public List<DraftSummary> list() {
        return drafts.list().stream().map(DraftMapping::summary).toList();
    }

    @Transactional
    public DraftView view(long id) {
        ImportDraft draft = require(id);
        return new DraftView(DraftMapping.of(draft, ImportDirectory.of(agencies), parser), draft.version());
    }

    /** Corrects one row; the answer is the whole draft as it now stands, with its new version. */
    @Transactional
    public DraftView correct(long id, long rowId, long expectedVersion, RowCorrectionRequest request) {
        RowCorrection correction = validate(request);
        ImportDraft draft = require(id);
        checkVersion(draft, expectedVersion);
        ImportDraftRow row = draft.row(rowId).orElseThrow(() -> ProblemException.notFound("draft-row", rowId));
        drafts.correct(draft, row, correction);
        return new DraftView(DraftMapping.of(draft, ImportDirectory.of(agencies), parser), draft.version());
    }

    /** The draft as a plan with its tasks and occurrences, all in this one transaction; the draft is gone. */
    @Transactional
    public AcceptedPlanResponse accept(long id, long expectedVersion, AcceptDraftRequest request) {
        PlanHeader header = validate(request);
        ImportDraft draft = require(id);
        checkVersion(draft, expectedVersion);
        NextCycle created = drafts.accept(draft, header);
        return new AcceptedPlanResponse(created.plan().id(), created.plan().number(), created.plan().firstYear(),
                created.plan().lastYear(), created.plan().tasks().size(), created.occurrencesCreated());
    }

    @Transactional
    public void delete(long id) {
        if (!drafts.delete(id)) {
            throw ProblemException.notFound("draft", id);
        }
    }

    private ImportDraft require(long id) {
        return drafts.find(id).orElseThrow(() -> ProblemException.notFound("draft", id));
    }

    private static void checkVersion(ImportDraft draft, long expected) {
        if (draft.version() != expected) {
            throw new ProblemException(Response.Status.PRECONDITION_FAILED, "stale-version",
                    "Bản nháp đã thay đổi từ khi bạn đọc; hãy tải lại",
                    "The draft changed since you read it; reload it", List.of());
        }
    }

    private static RowCorrection validate(RowCorrectionRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("missing-body", "Thiếu nội dung yêu cầu", "The request body is missing");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        if (request.code() != null && !request.code().strip().matches("[IVXLC]+(\\.\\d{1,3}){1,3}")) {
            violations.add(new Problem.Violation("code", "Mã nhiệm vụ có dạng số La Mã rồi số, ví dụ V.7.2 — "
                    + "a task code is a Roman numeral and numbers, e.g. V.7.2"));
        }
        text(violations, "leadText", request.leadText());
        text(violations, "coordinatingText", request.coordinatingText());
        text(violations, "deadlinePhrase", request.deadlinePhrase());
        text(violations, "manualReason", request.manualReason());
        if (request.manualDate() != null) {
            int year = request.manualDate().getYear();
            if (year < 1900 || year > 2200) {
                violations.add(new Problem.Violation("manualDate",
                        "Ngày phải trong các năm 1900–2200 — the date must lie in the years 1900–2200"));
            }
            if (request.manualReason() == null || request.manualReason().isBlank()) {
                violations.add(new Problem.Violation("manualReason", "Cần ghi căn cứ của ngày nhập tay — "
                        + "a date entered by hand needs the document it comes from"));
            }
        }
        boolean follow = Boolean.TRUE.equals(request.followWrittenDeadline());
        if (follow && request.manualDate() != null) {
            violations.add(new Problem.Violation("followWrittenDeadline", "Không thể vừa nhập ngày vừa bỏ ngày nhập tay"
                    + " — cannot both enter a date and drop it"));
        }
        if (request.code() == null && request.leadText() == null && request.coordinatingText() == null
                && request.deadlinePhrase() == null && request.manualDate() == null && !follow) {
            violations.add(new Problem.Violation("", "Không có gì để sửa — nothing to correct"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-row-correction",
                    "Yêu cầu sửa dòng không hợp lệ", "The row correction is invalid", violations);
        }
        return new RowCorrection(Optional.ofNullable(request.code()).map(String::strip),
                Optional.ofNullable(request.leadText()).map(String::strip),
                Optional.ofNullable(request.coordinatingText()).map(String::strip),
                Optional.ofNullable(request.deadlinePhrase()).map(String::strip),
                Optional.ofNullable(request.manualDate()), Optional.ofNullable(request.manualReason()).map(String::strip),
                Boolean.TRUE.equals(request.manualEveryYear()), follow);
    }

    private static void text(List<Problem.Violation> violations, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            violations.add(new Problem.Violation(field, "Tối đa " + MAX_TEXT + " ký tự — at most " + MAX_TEXT
                    + " characters"));
        }
    }

    private static PlanHeader validate(AcceptDraftRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("missing-body", "Thiếu nội dung yêu cầu", "The request body is missing");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        required(violations, "number", request.number(), 64);
        required(violations, "title", request.title(), 1000);
        required(violations, "issuer", request.issuer(), 255);
        if (request.issuedOn() == null) {
            violations.add(new Problem.Violation("issuedOn", "Cần ngày ban hành — the issue date is required"));
        }
        Integer first = request.firstYear();
        Integer last = request.lastYear();
        if (first == null || first < 1900 || first > 2200) {
            violations.add(new Problem.Violation("firstYear", "Năm đầu phải từ 1900 đến 2200 — "
                    + "the first year must be between 1900 and 2200"));
        }
        if (last == null || last < 1900 || last > 2200) {
            violations.add(new Problem.Violation("lastYear", "Năm cuối phải từ 1900 đến 2200 — "
                    + "the last year must be between 1900 and 2200"));
        } else if (first != null && (last < first || last - first > 20)) {
            violations.add(new Problem.Violation("lastYear", "Năm cuối phải từ năm đầu đến năm đầu + 20 — "
                    + "the last year must lie within 20 years from the first"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-plan-header",
                    "Thông tin kế hoạch không hợp lệ", "The plan's details are invalid", violations);
        }
        return new PlanHeader(request.number().strip(), request.title().strip(), request.issuer().strip(),
                request.issuedOn(), first, last);
    }

    private static void required(List<Problem.Violation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new Problem.Violation(field, "Bắt buộc — required"));
        } else if (value.length() > max) {
            violations.add(new Problem.Violation(field, "Tối đa " + max + " ký tự — at most " + max + " characters"));
        }
    }

    /** A draft's representation and the version its ETag names. */
    public record DraftView(DraftResponse draft, long version) {
    }
}
