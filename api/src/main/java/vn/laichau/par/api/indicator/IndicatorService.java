package vn.laichau.par.api.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.http.Preconditions;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.IndicatorValue;
import vn.laichau.par.persistence.plan.IndicatorRepository;

/**
 * The plan's indicators with their targets and yearly actual values; admins record a year's value against its
 * target, with its source, audited.
 */
@ApplicationScoped
public class IndicatorService {

    static final int MAX_SOURCE = 500;
    static final int MAX_NOTE = 1000;

    @PersistenceContext(unitName = "par")
    EntityManager em;

    @Inject
    IndicatorRepository indicators;

    @Inject
    CallerActor author;

    /** A page of indicators by id, of one plan or of all. */
    @Transactional
    public Page<IndicatorResponse> list(Optional<Long> planId, long afterId, int size) {
        var query = em.createQuery("SELECT i FROM Indicator i WHERE i.id > :after"
                        + (planId.isPresent() ? " AND i.plan.id = :plan" : "") + " ORDER BY i.id", Indicator.class)
                .setParameter("after", afterId).setMaxResults(size + 1);
        planId.ifPresent(p -> query.setParameter("plan", p));
        List<Indicator> rows = query.getResultList();
        Map<Long, Map<Integer, IndicatorValue>> values = valuesOf(rows);
        return Paging.page(rows, size, Indicator::id,
                i -> IndicatorResponse.of(i, i.plan().planYears(), values.getOrDefault(i.id(), Map.of())));
    }

    @Transactional
    public IndicatorResponse get(long id) {
        Indicator indicator = find(id);
        return IndicatorResponse.of(indicator, indicator.plan().planYears(), valuesOf(List.of(indicator))
                .getOrDefault(id, Map.of()));
    }

    @Transactional
    public IndicatorValueResponse value(long id, int year) {
        Indicator indicator = find(id);
        checkYear(indicator, year);
        IndicatorValue value = indicators.valueIn(id, year).orElseThrow(() -> new ProblemException(
                Response.Status.NOT_FOUND, "indicator-value-not-found",
                "Chưa có giá trị năm " + year + " của chỉ tiêu " + indicator.code(),
                "No value of indicator " + indicator.code() + " is recorded for " + year));
        return IndicatorValueResponse.of(indicator, value);
    }

    /**
     * Records the value of a year: the first one with {@code If-None-Match: *}, a correction with the
     * {@code If-Match} of the value read. Answers whether it was created.
     */
    @Transactional
    public Recorded record(long id, int year, String ifMatch, String ifNoneMatch, IndicatorValueRequest request) {
        Indicator indicator = find(id);
        checkYear(indicator, year);
        Optional<Long> expected = expectedVersion(ifMatch, ifNoneMatch);
        validate(indicator, request);
        boolean exists = indicators.valueIn(id, year).isPresent();
        if (expected.isEmpty() && exists) {
            throw new ProblemException(Response.Status.PRECONDITION_FAILED, "indicator-value-exists",
                    "Năm " + year + " đã có giá trị; hãy đọc lại và gửi If-Match để sửa",
                    "A value of " + year + " is recorded already; read it and send If-Match to correct it");
        }
        IndicatorValue stored;
        try {
            stored = indicators.recordValue(id, year, request.value(), request.source(), request.note(), expected,
                    author.actor());
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || !isDuplicate(e)) {
                throw e;
            }
            throw new ProblemException(Response.Status.PRECONDITION_FAILED, "indicator-value-exists",
                    "Năm " + year + " vừa được người khác ghi giá trị; hãy đọc lại",
                    "A value of " + year + " was recorded meanwhile; read it again");
        }
        return new Recorded(!exists, IndicatorValueResponse.of(indicator, stored));
    }

    /** A recorded value and whether the request created it. */
    public record Recorded(boolean created, IndicatorValueResponse value) {
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Long> expectedVersion(String ifMatch, String ifNoneMatch) {
        if ((ifMatch == null || ifMatch.isBlank()) && ifNoneMatch != null && ifNoneMatch.strip().equals("*")) {
            return Optional.empty();
        }
        return Optional.of(Preconditions.expectedVersion(ifMatch));
    }

    private static void validate(Indicator indicator, IndicatorValueRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (request.value() == null) {
            violations.add(new Problem.Violation("value", "Cần giá trị — the value is required"));
        } else {
            indicator.problemWith(request.value()).ifPresent(p -> violations.add(
                    new Problem.Violation("value", p.messageVi() + " — " + p.messageEn())));
        }
        if (request.source() != null && request.source().length() > MAX_SOURCE) {
            violations.add(new Problem.Violation("source", "Tối đa " + MAX_SOURCE + " ký tự — at most " + MAX_SOURCE
                    + " characters"));
        }
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            violations.add(new Problem.Violation("note", "Tối đa " + MAX_NOTE + " ký tự — at most " + MAX_NOTE
                    + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-indicator-value",
                    "Giá trị chỉ tiêu " + indicator.code() + " không hợp lệ",
                    "The value of indicator " + indicator.code() + " is invalid", violations);
        }
    }

    private static void checkYear(Indicator indicator, int year) {
        if (!indicator.plan().covers(year)) {
            List<Integer> years = indicator.plan().planYears();
            String range = years.get(0) + "–" + years.get(years.size() - 1);
            throw Params.invalid("year", "năm phải thuộc kỳ kế hoạch " + range + " — the year must lie in the plan's "
                    + "period " + range);
        }
    }

    private Indicator find(long id) {
        return indicators.findById(id).orElseThrow(() -> ProblemException.notFound("indicator", id));
    }

    private Map<Long, Map<Integer, IndicatorValue>> valuesOf(List<Indicator> rows) {
        Map<Long, Map<Integer, IndicatorValue>> values = new HashMap<>();
        if (rows.isEmpty()) {
            return values;
        }
        em.createQuery("SELECT v FROM IndicatorValue v WHERE v.indicatorId IN :ids", IndicatorValue.class)
                .setParameter("ids", rows.stream().map(Indicator::id).toList()).getResultList()
                .forEach(v -> values.computeIfAbsent(v.indicatorId(), k -> new HashMap<>()).put(v.year(), v));
        return values;
    }
}
