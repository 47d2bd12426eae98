package vn.laichau.par.persistence.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.persistence.audit.AuditTrail;

/** Reads and stores provinces' PAR INDEX results. */
@ApplicationScoped
public class ParIndexRepository {

    /** The audit trail's name for a PAR INDEX result. */
    public static final String AUDITED_AS = "par_index_result";

    private final EntityManager em;
    private final Clock clock;

    @Inject
    public ParIndexRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected ParIndexRepository() {
        this(null, null);
    }

    public Optional<ParIndexResult> findById(long id) {
        return Optional.ofNullable(em.find(ParIndexResult.class, id));
    }

    /** Every province's results, by id. */
    public List<ParIndexResult> all() {
        return em.createQuery("SELECT r FROM ParIndexResult r ORDER BY r.id", ParIndexResult.class).getResultList();
    }

    /** A province's results, oldest first. */
    public List<ParIndexResult> history(String province) {
        return em.createQuery("SELECT r FROM ParIndexResult r WHERE r.province = :p ORDER BY r.year",
                        ParIndexResult.class)
                .setParameter("p", province).getResultList();
    }

    public Optional<ParIndexResult> find(String province, int year) {
        return em.createQuery("SELECT r FROM ParIndexResult r WHERE r.province = :p AND r.year = :y",
                        ParIndexResult.class)
                .setParameter("p", province).setParameter("y", year).getResultStream().findFirst();
    }

    /** Stores a result; a province has one result a year. */
    public ParIndexResult add(ParIndexResult result) {
        if (find(result.province(), result.year()).isPresent()) {
            throw new InvalidPlanDataException("PAR INDEX " + result.province() + " " + result.year(),
                    "Đã có kết quả năm " + result.year() + " của " + result.province(),
                    result.province() + " already has a result for " + result.year());
        }
        em.persist(result);
        return result;
    }

    /** Stores a result entered by {@code actor}, with each figure on the audit trail. */
    public ParIndexResult add(ParIndexResult result, Actor actor) {
        add(result);
        em.flush();
        AuditTrail audit = new AuditTrail(em, clock);
        audit.record(actor, AUDITED_AS, result.id(), "score", null, scoreText(result));
        audit.record(actor, AUDITED_AS, result.id(), "rank", null, result.rankText());
        audit.record(actor, AUDITED_AS, result.id(), "areas", null, areasText(result));
        audit.record(actor, AUDITED_AS, result.id(), "source", null, result.source());
        return result;
    }

    /**
     * Replaces the figures of a stored result when {@code expectedVersion} is its version; each changed figure
     * goes on the audit trail.
     */
    public ParIndexResult revise(long id, long expectedVersion, ParIndexResult.Figures figures, Actor actor) {
        ParIndexResult result = findById(id).orElseThrow(() -> new EntityNotFoundException(
                "Không có kết quả Chỉ số CCHC mã số " + id + " / no PAR INDEX result " + id));
        if (result.version() != expectedVersion) {
            throw new OptimisticLockException("Kết quả Chỉ số CCHC " + id + " đã được thay đổi / the PAR INDEX result "
                    + id + " was changed meanwhile (version " + result.version() + ")");
        }
        String oldScore = scoreText(result);
        String oldRank = result.rankText();
        String oldAreas = areasText(result);
        String oldSource = result.source();
        result.revise(figures);
        AuditTrail audit = new AuditTrail(em, clock);
        audit.record(actor, AUDITED_AS, id, "score", oldScore, scoreText(result));
        audit.record(actor, AUDITED_AS, id, "rank", oldRank, result.rankText());
        audit.record(actor, AUDITED_AS, id, "areas", oldAreas, areasText(result));
        audit.record(actor, AUDITED_AS, id, "source", oldSource, result.source());
        em.flush();
        return result;
    }

    private static String plain(BigDecimal score) {
        return score.stripTrailingZeros().toPlainString();
    }

    /** "67.41/97.5". */
    private static String scoreText(ParIndexResult result) {
        return plain(result.score()) + "/" + plain(result.maxScore());
    }

    /** "1 7.5/9; 2 8/9", or null without per-area points. */
    private static String areasText(ParIndexResult result) {
        if (result.areas().isEmpty()) {
            return null;
        }
        return String.join("; ", result.areas().stream().map(a -> a.area() + " " + plain(a.score())
                + a.maxScore().map(m -> "/" + plain(m)).orElse("")).toList());
    }

    /** Results in id order after {@code afterId}, at most {@code limit}, of one province or of all. */
    public List<ParIndexResult> list(Optional<String> province, long afterId, int limit) {
        var query = em.createQuery("SELECT r FROM ParIndexResult r WHERE r.id > :after"
                        + (province.isPresent() ? " AND r.province = :province" : "") + " ORDER BY r.id",
                        ParIndexResult.class)
                .setParameter("after", afterId).setMaxResults(limit);
        province.ifPresent(p -> query.setParameter("province", p));
        return query.getResultList();
    }
}
