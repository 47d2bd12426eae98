package vn.laichau.par.persistence.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.IndicatorValue;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.persistence.audit.AuditTrail;

/** Reads a plan's indicators and records the values they actually reached each year. */
@ApplicationScoped
public class IndicatorRepository {

    private final EntityManager em;
    private final Clock clock;

    @Inject
    public IndicatorRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected IndicatorRepository() {
        this(null, null);
    }

    public Optional<Indicator> findById(long id) {
        return Optional.ofNullable(em.find(Indicator.class, id));
    }

    public Optional<Indicator> findByCode(long planId, String code) {
        return em.createQuery("SELECT i FROM Indicator i WHERE i.plan.id = :plan AND i.code = :code", Indicator.class)
                .setParameter("plan", planId).setParameter("code", code).getResultStream().findFirst();
    }

    public List<Indicator> ofPlan(long planId) {
        return em.createQuery("SELECT i FROM Indicator i WHERE i.plan.id = :plan ORDER BY i.position", Indicator.class)
                .setParameter("plan", planId).getResultList();
    }

    public Optional<IndicatorValue> valueIn(long indicatorId, int year) {
        return em.createQuery("SELECT v FROM IndicatorValue v WHERE v.indicatorId = :i AND v.year = :y",
                        IndicatorValue.class)
                .setParameter("i", indicatorId).setParameter("y", year).getResultStream().findFirst();
    }

    /** The recorded values of an indicator, oldest year first. */
    public List<IndicatorValue> valuesOf(long indicatorId) {
        return em.createQuery("SELECT v FROM IndicatorValue v WHERE v.indicatorId = :i ORDER BY v.year",
                        IndicatorValue.class)
                .setParameter("i", indicatorId).getResultList();
    }

    /**
     * Records the value reached in {@code year}, or corrects the recorded one when {@code expectedVersion}
     * matches it (empty when a first value is expected), keeping a recorded source. The change goes on the
     * audit trail.
     */
    public IndicatorValue recordValue(long indicatorId, int year, BigDecimal value, String note,
                                      Optional<Long> expectedVersion, Actor actor) {
        String keptSource = valueIn(indicatorId, year).flatMap(IndicatorValue::source).orElse(null);
        return recordValue(indicatorId, year, value, keptSource, note, expectedVersion, actor);
    }

    /**
     * Records the value reached in {@code year} with its source, or corrects the recorded one when
     * {@code expectedVersion} matches it (empty when a first value is expected). Each changed field goes on the
     * audit trail.
     */
    public IndicatorValue recordValue(long indicatorId, int year, BigDecimal value, String source, String note,
                                      Optional<Long> expectedVersion, Actor actor) {
        if (findById(indicatorId).isEmpty()) {
            throw new InvalidPlanDataException("indicator " + indicatorId, "Không có chỉ tiêu mã số " + indicatorId,
                    "No indicator with id " + indicatorId);
        }
        Optional<IndicatorValue> existing = valueIn(indicatorId, year);
        AuditTrail audit = new AuditTrail(em, clock);
        if (existing.isEmpty()) {
            if (expectedVersion.isPresent()) {
                throw new OptimisticLockException("The value of " + year + " was removed meanwhile");
            }
            IndicatorValue created = new IndicatorValue(indicatorId, year, value, source, note);
            em.persist(created);
            em.flush();
            audit.record(actor, AuditTrail.INDICATOR_VALUE, created.id(), "actual_value", null, plain(value));
            audit.record(actor, AuditTrail.INDICATOR_VALUE, created.id(), "source", null, created.source().orElse(null));
            audit.record(actor, AuditTrail.INDICATOR_VALUE, created.id(), "note", null, created.note().orElse(null));
            return created;
        }
        IndicatorValue stored = existing.get();
        if (expectedVersion.isEmpty() || expectedVersion.get() != stored.version()) {
            throw new OptimisticLockException("The value of " + year + " was changed meanwhile (version "
                    + stored.version() + ")");
        }
        String old = plain(stored.value());
        String oldSource = stored.source().orElse(null);
        String oldNote = stored.note().orElse(null);
        stored.correct(value, source, note);
        audit.record(actor, AuditTrail.INDICATOR_VALUE, stored.id(), "actual_value", old, plain(value));
        audit.record(actor, AuditTrail.INDICATOR_VALUE, stored.id(), "source", oldSource, stored.source().orElse(null));
        audit.record(actor, AuditTrail.INDICATOR_VALUE, stored.id(), "note", oldNote, stored.note().orElse(null));
        em.flush();
        return stored;
    }

    /** The recorded values of the indicators of a plan, by indicator and year. */
    public List<IndicatorValue> valuesOfPlan(long planId) {
        return em.createQuery("SELECT v FROM IndicatorValue v WHERE v.indicatorId IN "
                        + "(SELECT i.id FROM Indicator i WHERE i.plan.id = :plan) ORDER BY v.indicatorId, v.year",
                        IndicatorValue.class)
                .setParameter("plan", planId).getResultList();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Indicators in id order after {@code afterId}, at most {@code limit}, of one plan or of all. */
    public List<Indicator> list(Optional<Long> planId, long afterId, int limit) {
        var query = em.createQuery("SELECT i FROM Indicator i WHERE i.id > :after"
                        + (planId.isPresent() ? " AND i.plan.id = :plan" : "") + " ORDER BY i.id", Indicator.class)
                .setParameter("after", afterId).setMaxResults(limit);
        planId.ifPresent(p -> query.setParameter("plan", p));
        return query.getResultList();
    }

    /** The recorded values of the indicators with these ids. */
    public List<IndicatorValue> valuesOfAll(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT v FROM IndicatorValue v WHERE v.indicatorId IN :ids", IndicatorValue.class)
                .setParameter("ids", List.copyOf(indicatorIds)).getResultList();
    }
}
