package vn.laichau.par.api.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.persistence.plan.PlanRepository;

/** Next cycles of a plan, each in one transaction and idempotent: asking twice creates nothing more. */
@ApplicationScoped
public class NextCycleService {

    @Inject
    PlanRepository plans;

    @Transactional
    public NextCycleResponse addYear(long planId, NextYearRequest request) {
        if (request == null || request.year() == null || request.year() < 1900 || request.year() > 2200) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-next-year",
                    "Năm kế hoạch không hợp lệ", "The plan year is invalid",
                    List.of(new Problem.Violation("year", "Năm phải từ 1900 đến 2200 — "
                            + "the year must be between 1900 and 2200")));
        }
        requirePlan(planId);
        return NextCycleResponse.of(plans.addPlanYear(planId, request.year()));
    }

    @Transactional
    public NextCycleResponse copy(long sourcePlanId, PlanCopyRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("missing-body", "Thiếu nội dung yêu cầu", "The request body is missing");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        if (request.number() == null || request.number().isBlank() || request.number().length() > 64) {
            violations.add(new Problem.Violation("number", "Bắt buộc, tối đa 64 ký tự — required, at most 64 characters"));
        }
        if (request.title() == null || request.title().isBlank() || request.title().length() > 1000) {
            violations.add(new Problem.Violation("title", "Bắt buộc, tối đa 1000 ký tự — required, at most 1000 characters"));
        }
        if (request.issuedOn() == null) {
            violations.add(new Problem.Violation("issuedOn", "Cần ngày ban hành — the issue date is required"));
        }
        Integer first = request.firstYear();
        Integer last = request.lastYear();
        if (first == null || first < 1900 || first > 2200) {
            violations.add(new Problem.Violation("firstYear", "Năm đầu phải từ 1900 đến 2200 — "
                    + "the first year must be between 1900 and 2200"));
        }
        if (last == null || first == null || last < first || last - first > 20) {
            violations.add(new Problem.Violation("lastYear", "Năm cuối phải từ năm đầu đến năm đầu + 20 — "
                    + "the last year must lie within 20 years from the first"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-plan-copy",
                    "Yêu cầu sao chép kế hoạch không hợp lệ", "The plan copy request is invalid", violations);
        }
        requirePlan(sourcePlanId);
        return NextCycleResponse.of(plans.copyPlan(sourcePlanId, request.number().strip(), request.title().strip(),
                request.issuedOn(), first, last));
    }

    private void requirePlan(long planId) {
        if (plans.findById(planId).isEmpty()) {
            throw ProblemException.notFound("plan", planId);
        }
    }
}
