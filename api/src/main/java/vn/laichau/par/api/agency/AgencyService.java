package vn.laichau.par.api.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyKind;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.application.agency.AgencyAdministration;
import vn.laichau.par.application.agency.AgencyDetails;
import vn.laichau.par.application.agency.AgencyEnd;
import vn.laichau.par.persistence.agency.AgencyRepository;

/**
 * Agencies as the API reads and writes them: requests checked and turned into {@link AgencyDetails}, the
 * administration's answers shown with the successor's and predecessors' names.
 */
@ApplicationScoped
public class AgencyService {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    AgencyRepository agencies;

    @Inject
    AgencyAdministration administration;

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A page of agencies, those existing on {@code day} or (with {@code existing} false) not, of one kind. */
    @Transactional
    public Page<AgencyResponse> list(long after, int size, Optional<LocalDate> day, boolean existing,
                                     Optional<AgencyKind> kind) {
        List<Agency> rows = agencies.list(after, size + 1, day, existing, kind);
        Map<Long, Agency> successors = byId(rows.stream().flatMap(a -> a.getSuccessorId().stream())
                .collect(Collectors.toSet()));
        LocalDate today = today();
        return Paging.page(rows, size, Agency::getId, a -> AgencyResponse.of(a, successors, null, today));
    }

    @Transactional
    public AgencyResponse get(long id) {
        return shown(agencies.findById(id).orElseThrow(() -> ProblemException.notFound("agency", id)));
    }

    @Transactional
    public AgencyResponse create(Actor actor, NewAgencyRequest request) {
        if (request == null) {
            throw missingBody();
        }
        return shown(administration.create(actor, request.code(), details(request.details())));
    }

    @Transactional
    public AgencyResponse change(Actor actor, long id, long expectedVersion, AgencyRequest request) {
        if (request == null) {
            throw missingBody();
        }
        return shown(administration.change(actor, id, expectedVersion, details(request)));
    }

    @Transactional
    public AgencyEndResponse end(Actor actor, long id, long expectedVersion, AgencyEndRequest request) {
        LocalDate lastDay = request == null || request.lastDay() == null ? today() : request.lastDay();
        checkYear("lastDay", lastDay, new ArrayList<>(), true);
        AgencyEnd end = administration.end(actor, id, expectedVersion, lastDay,
                request == null ? null : request.successorId());
        String open = "/api/v1/occurrences?agency=" + id + "&status=OPEN&dueFrom=" + lastDay.plusDays(1);
        String explanation = "Các kỳ chưa hoàn thành vẫn thuộc cơ quan này (lịch sử không đổi); kỳ đến hạn sau ngày "
                + DAY.format(lastDay) + " cần quản trị viên xử lý; chu kỳ tiếp theo giao các kỳ sau ngày này cho "
                + "cơ quan kế thừa — Open occurrences stay with this agency (history is kept); those due after "
                + DAY.format(lastDay) + " need an administrator's attention; the next cycle assigns the periods after "
                + "that day to the successor";
        return new AgencyEndResponse(shown(end.agency()), lastDay, end.openDueByLastDay(), end.openDueAfterLastDay(),
                open, explanation);
    }

    @Transactional
    public AgencyResponse restore(Actor actor, long id, long expectedVersion) {
        return shown(administration.restore(actor, id, expectedVersion));
    }

    private AgencyResponse shown(Agency agency) {
        List<Agency> predecessors = agencies.predecessorsOf(agency.getId());
        return AgencyResponse.of(agency, byId(agency.getSuccessorId().stream().collect(Collectors.toSet())),
                predecessors, today());
    }

    private Map<Long, Agency> byId(Set<Long> ids) {
        return agencies.findAll(new HashSet<>(ids)).stream().collect(Collectors.toMap(Agency::getId, Function.identity()));
    }

    /** The request's values as the administration takes them; wrong kinds and years out of range are a 400. */
    private static AgencyDetails details(AgencyRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        AgencyKind kind = null;
        if (request.kind() == null || request.kind().isBlank()) {
            violations.add(new Problem.Violation("kind", "Bắt buộc — required"));
        } else {
            try {
                kind = AgencyKind.valueOf(request.kind().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation("kind", "PROVINCIAL_COMMITTEE, DEPARTMENT, DISTRICT_COMMITTEE, "
                        + "COMMUNE_COMMITTEE hoặc OTHER — PROVINCIAL_COMMITTEE, DEPARTMENT, DISTRICT_COMMITTEE, "
                        + "COMMUNE_COMMITTEE or OTHER"));
            }
        }
        checkYear("validFrom", request.validFrom(), violations, false);
        checkYear("validTo", request.validTo(), violations, false);
        positive("parentId", request.parentId(), violations);
        positive("successorId", request.successorId(), violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-agency", "Thông tin cơ quan không hợp lệ",
                    "The agency's details are invalid", violations);
        }
        return new AgencyDetails(request.name(), request.shortName(), kind, request.parentId(), request.validFrom(),
                request.validTo(), request.successorId());
    }

    private static void checkYear(String field, LocalDate day, List<Problem.Violation> violations, boolean now) {
        if (day != null && (day.getYear() < 1900 || day.getYear() > 2200)) {
            violations.add(new Problem.Violation(field, "Ngày phải trong các năm 1900–2200 — the date must lie in "
                    + "the years 1900–2200"));
        }
        if (now && !violations.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-agency-end",
                    "Ngày kết thúc không hợp lệ", "The last day is invalid", violations);
        }
    }

    private static void positive(String field, Long id, List<Problem.Violation> violations) {
        if (id != null && id < 1) {
            violations.add(new Problem.Violation(field, "phải là số nguyên dương — must be a positive whole number"));
        }
    }

    private static ProblemException missingBody() {
        return ProblemException.badRequest("missing-body", "Thiếu nội dung yêu cầu", "The request body is missing");
    }
}
