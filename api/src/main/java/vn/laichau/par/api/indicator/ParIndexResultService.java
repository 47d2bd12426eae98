package vn.laichau.par.api.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.persistence.plan.ParIndexRepository;

/**
 * Provinces' PAR INDEX results year by year: admins enter a year's published result and correct it; the trend
 * dashboard shows them.
 */
@ApplicationScoped
public class ParIndexResultService {

    static final String DEFAULT_PROVINCE = "Lai Châu";
    /** The Ministry of Home Affairs published the first PAR INDEX for 2012. */
    static final int FIRST_YEAR = 2012;
    static final int MOST_PROVINCES = 63;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @PersistenceContext(unitName = "par")
    EntityManager em;

    @Inject
    ParIndexRepository results;

    @Inject
    CallerActor author;

    @Inject
    Instance<Clock> clocks;

    @Transactional
    public Page<ParIndexResultResponse> list(Optional<String> province, long afterId, int size) {
        var query = em.createQuery("SELECT r FROM ParIndexResult r WHERE r.id > :after"
                        + (province.isPresent() ? " AND r.province = :province" : "") + " ORDER BY r.id",
                        ParIndexResult.class)
                .setParameter("after", afterId).setMaxResults(size + 1);
        province.ifPresent(p -> query.setParameter("province", nfc(p)));
        return Paging.page(query.getResultList(), size, ParIndexResult::id, ParIndexResultResponse::of);
    }

    @Transactional
    public ParIndexResultResponse get(long id) {
        return ParIndexResultResponse.of(find(id));
    }

    @Transactional
    public ParIndexResultResponse create(ParIndexResultRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("body-required", "Cần nội dung JSON", "A JSON body is required");
        }
        String province = request.province() == null || request.province().isBlank()
                ? DEFAULT_PROVINCE : nfc(request.province());
        List<Problem.Violation> violations = new ArrayList<>();
        if (province.length() > 64) {
            violations.add(new Problem.Violation("province", "Tối đa 64 ký tự — at most 64 characters"));
        }
        int lastYear = LocalDate.now(clocks.isResolvable() ? clocks.get().withZone(ZONE) : Clock.system(ZONE)).getYear();
        if (request.year() == null) {
            violations.add(new Problem.Violation("year", "Cần năm — the year is required"));
        } else if (request.year() < FIRST_YEAR || request.year() > lastYear) {
            violations.add(new Problem.Violation("year", "Năm phải từ " + FIRST_YEAR + " đến " + lastYear
                    + " — the year must lie between " + FIRST_YEAR + " and " + lastYear));
        }
        checkFigures(request.score(), request.rank(), request.rankedOutOf(), request.source(), violations);
        if (request.year() != null && violations.isEmpty() && results.find(province, request.year()).isPresent()) {
            throw new ProblemException(Response.Status.CONFLICT, "par-index-result-exists",
                    "Đã có kết quả Chỉ số CCHC năm " + request.year() + " của " + province + "; hãy sửa kết quả đó",
                    province + " already has a PAR INDEX result for " + request.year() + "; correct that one");
        }
        ParIndexResult result = new ParIndexResult(province, request.year(), request.score(), request.rank(),
                request.rankedOutOf(), request.source());
        return ParIndexResultResponse.of(results.add(result, author.actor()));
    }

    @Transactional
    public ParIndexResultResponse revise(long id, long expectedVersion, ParIndexRevisionRequest request) {
        find(id);
        if (request == null) {
            throw ProblemException.badRequest("body-required", "Cần nội dung JSON", "A JSON body is required");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        checkFigures(request.score(), request.rank(), request.rankedOutOf(), request.source(), violations);
        return ParIndexResultResponse.of(results.revise(id, expectedVersion, request.score(), request.rank(),
                request.rankedOutOf(), request.source(), author.actor()));
    }

    private static void checkFigures(BigDecimal score, Integer rank, Integer rankedOutOf, String source,
                                     List<Problem.Violation> violations) {
        if (score == null) {
            violations.add(new Problem.Violation("score", "Cần điểm — the score is required"));
        } else if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0
                || score.stripTrailingZeros().scale() > 2) {
            violations.add(new Problem.Violation("score", "Điểm từ 0 đến 100, tối đa hai chữ số thập phân — "
                    + "a score from 0 to 100 with at most two decimals"));
        }
        if (rankedOutOf == null) {
            violations.add(new Problem.Violation("rankedOutOf", "Cần số tỉnh được xếp hạng — the number of provinces "
                    + "ranked is required"));
        } else if (rankedOutOf < 1 || rankedOutOf > MOST_PROVINCES) {
            violations.add(new Problem.Violation("rankedOutOf", "Từ 1 đến " + MOST_PROVINCES + " tỉnh — from 1 to "
                    + MOST_PROVINCES + " provinces"));
        }
        if (rank == null) {
            violations.add(new Problem.Violation("rank", "Cần thứ hạng — the rank is required"));
        } else if (rank < 1 || (rankedOutOf != null && rank > rankedOutOf)) {
            violations.add(new Problem.Violation("rank", "Thứ hạng từ 1 đến số tỉnh được xếp hạng — a rank from 1 "
                    + "to the number of provinces ranked"));
        }
        if (source != null && source.length() > 500) {
            violations.add(new Problem.Violation("source", "Tối đa 500 ký tự — at most 500 characters"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-par-index-result",
                    "Kết quả Chỉ số CCHC không hợp lệ", "The PAR INDEX result is invalid", violations);
        }
    }

    private ParIndexResult find(long id) {
        return results.findById(id).orElseThrow(() -> ProblemException.notFound("par-index-result", id));
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
