package vn.laichau.par.application.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.Refusal.Violation;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.persistence.plan.ParIndexRepository;

/**
 * Provinces' PAR INDEX results year by year: an administrator enters a year's published result and corrects it,
 * each figure on the audit trail; everyone reads them, and the trend dashboard shows them.
 */
@ApplicationScoped
public class ParIndexResults {

    /** The province a result is of when none is named. */
    public static final String DEFAULT_PROVINCE = "Lai Châu";
    /** The Ministry of Home Affairs published the first PAR INDEX for 2012. */
    static final int FIRST_YEAR = 2012;
    static final int MOST_PROVINCES = 63;

    private final ParIndexRepository results;
    private final Clock clock;

    /** A year's figures as published: score out of 100, rank among the provinces ranked, and where it says so. */
    public record Figures(BigDecimal score, Integer rank, Integer rankedOutOf, String source) {
    }

    /** For the container's client proxy only. */
    protected ParIndexResults() {
        this(null, null);
    }

    @Inject
    public ParIndexResults(ParIndexRepository results, Clock clock) {
        this.results = results;
        this.clock = clock;
    }

    /** Results in id order after {@code afterId}, at most {@code limit}, of one province or of all. */
    @Transactional
    public List<ParIndexResult> list(Optional<String> province, long afterId, int limit) {
        return results.list(province.map(ParIndexResults::nfc), afterId, limit);
    }

    /** One result; refused when there is none. */
    @Transactional
    public ParIndexResult get(long id) {
        return results.findById(id).orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND,
                "par-index-result-not-found", "Không tìm thấy kết quả Chỉ số CCHC " + id, "No PAR INDEX result " + id));
    }

    /**
     * Enters a province's result of a year between the first PAR INDEX and this year; a province has one result a
     * year. Without a province it is {@value #DEFAULT_PROVINCE}'s.
     */
    @Transactional
    public ParIndexResult enter(Actor actor, String province, Integer year, Figures figures) {
        String named = province == null || province.isBlank() ? DEFAULT_PROVINCE : nfc(province);
        List<Violation> violations = new ArrayList<>();
        if (named.length() > 64) {
            violations.add(new Violation("province", "Tối đa 64 ký tự", "at most 64 characters"));
        }
        int lastYear = LocalDate.now(clock).getYear();
        if (year == null) {
            violations.add(new Violation("year", "Cần năm", "the year is required"));
        } else if (year < FIRST_YEAR || year > lastYear) {
            violations.add(new Violation("year", "Năm phải từ " + FIRST_YEAR + " đến " + lastYear,
                    "the year must lie between " + FIRST_YEAR + " and " + lastYear));
        }
        checkFigures(figures, violations);
        if (results.find(named, year).isPresent()) {
            throw Refusal.of(Refusal.Reason.CONFLICT, "par-index-result-exists",
                    "Đã có kết quả Chỉ số CCHC năm " + year + " của " + named + "; hãy sửa kết quả đó",
                    named + " already has a PAR INDEX result for " + year + "; correct that one");
        }
        ParIndexResult result = new ParIndexResult(named, year, figures.score(), figures.rank(),
                figures.rankedOutOf(), figures.source());
        return results.add(result, actor);
    }

    /** Corrects the figures of a stored result read at {@code expectedVersion}; province and year stay. */
    @Transactional
    public ParIndexResult correct(Actor actor, long id, long expectedVersion, Figures figures) {
        get(id);
        checkFigures(figures, new ArrayList<>());
        try {
            return results.revise(id, expectedVersion, figures.score(), figures.rank(), figures.rankedOutOf(),
                    figures.source(), actor);
        } catch (OptimisticLockException e) {
            throw Refusal.stale("Kết quả Chỉ số CCHC", "PAR INDEX result", id);
        }
    }

    /** Checks the figures, adding to {@code violations}; refuses when any is wrong. */
    private static void checkFigures(Figures figures, List<Violation> violations) {
        BigDecimal score = figures.score();
        Integer rank = figures.rank();
        Integer rankedOutOf = figures.rankedOutOf();
        if (score == null) {
            violations.add(new Violation("score", "Cần điểm", "the score is required"));
        } else if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0
                || score.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation("score", "Điểm từ 0 đến 100, tối đa hai chữ số thập phân",
                    "a score from 0 to 100 with at most two decimals"));
        }
        if (rankedOutOf == null) {
            violations.add(new Violation("rankedOutOf", "Cần số tỉnh được xếp hạng",
                    "the number of provinces ranked is required"));
        } else if (rankedOutOf < 1 || rankedOutOf > MOST_PROVINCES) {
            violations.add(new Violation("rankedOutOf", "Từ 1 đến " + MOST_PROVINCES + " tỉnh",
                    "from 1 to " + MOST_PROVINCES + " provinces"));
        }
        if (rank == null) {
            violations.add(new Violation("rank", "Cần thứ hạng", "the rank is required"));
        } else if (rank < 1 || (rankedOutOf != null && rank > rankedOutOf)) {
            violations.add(new Violation("rank", "Thứ hạng từ 1 đến số tỉnh được xếp hạng",
                    "a rank from 1 to the number of provinces ranked"));
        }
        if (figures.source() != null && figures.source().length() > 500) {
            violations.add(new Violation("source", "Tối đa 500 ký tự", "at most 500 characters"));
        }
        if (!violations.isEmpty()) {
            throw Refusal.invalid("invalid-par-index-result", "Kết quả Chỉ số CCHC không hợp lệ",
                    "The PAR INDEX result is invalid", violations);
        }
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
