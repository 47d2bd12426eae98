package vn.laichau.par.domain.parindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan year's obligations put at risk of a PAR INDEX version.
 *
 * <p>For a component scored with evidence: points at risk = maximum points × (1 − share of the component's
 * obligations that are finished with evidence). A component no task of the plan is mapped to has all its points
 * at risk — nothing tracks the work that earns them — and says so. The projected self-assessment is what the
 * evidence components would give if they were appraised today: their maxima less the points at risk. Survey and
 * statistic components are listed apart: no task controls them. An agency holds, of each component, the share
 * of its points at risk that its own unfinished (or evidence-less) obligations make.
 *
 * <p>Points are rounded to two decimals, half up, once per component and once per agency total.
 */
public final class PointsAtRisk {

    /** One component's standing. */
    public record ComponentRisk(Component component, long obligations, long doneWithEvidence, BigDecimal atRisk,
                                boolean tracked) {
    }

    /** One agency's share of the points at risk. */
    public record AgencyRisk(long agencyId, BigDecimal atRisk, long obligationsOutstanding) {
    }

    /**
     * One agency's part of one evidence component's points at risk: the component's maximum × the agency's
     * outstanding obligations ÷ all the component's obligations, rounded to two decimals half up.
     */
    public record Share(long agencyId, Component component, long obligations, long outstanding, BigDecimal atRisk) {
    }

    /**
     * The answer.
     *
     * @param evidence        the evidence components, largest risk first
     * @param notControlled   the survey and statistic components, in the version's order
     * @param maximum         the evidence components' maxima together
     * @param atRisk          their points at risk together
     * @param projected       maximum less atRisk
     * @param notControlledMaximum the survey and statistic components' maxima together
     * @param agencies        the agencies holding points at risk, most first
     */
    public record Result(List<ComponentRisk> evidence, List<Component> notControlled, BigDecimal maximum,
                         BigDecimal atRisk, BigDecimal projected, BigDecimal notControlledMaximum,
                         List<AgencyRisk> agencies) {
    }

    private PointsAtRisk() {
    }

    /**
     * Each agency's part of each evidence component's points at risk, for the agencies with obligations
     * outstanding: largest first, then by component code and agency.
     */
    public static List<Share> shares(List<Component> components, List<Tally> tallies) {
        Map<Long, Long> obligations = new HashMap<>();
        tallies.forEach(t -> obligations.merge(t.componentId(), t.obligations(), Long::sum));
        Map<Long, Component> evidence = new HashMap<>();
        components.stream().filter(c -> c.scoring().controlledByTasks()).forEach(c -> evidence.put(c.id(), c));
        List<Share> shares = new ArrayList<>();
        for (Tally tally : tallies) {
            Component component = evidence.get(tally.componentId());
            long outstanding = tally.obligations() - tally.doneWithEvidence();
            if (component == null || outstanding == 0) {
                continue;
            }
            shares.add(new Share(tally.agencyId(), component, tally.obligations(), outstanding,
                    component.maxPoints().multiply(BigDecimal.valueOf(outstanding))
                            .divide(BigDecimal.valueOf(obligations.get(tally.componentId())), 2, RoundingMode.HALF_UP)));
        }
        shares.sort(Comparator.comparing(Share::atRisk).reversed()
                .thenComparing(s -> s.component().code()).thenComparingLong(Share::agencyId));
        return List.copyOf(shares);
    }

    public static Result of(List<Component> components, List<Tally> tallies) {
        Map<Long, List<Tally>> byComponent = new HashMap<>();
        tallies.forEach(t -> byComponent.computeIfAbsent(t.componentId(), id -> new ArrayList<>()).add(t));
        List<ComponentRisk> evidence = new ArrayList<>();
        List<Component> notControlled = new ArrayList<>();
        Map<Long, BigDecimal> agencyShare = new HashMap<>();
        Map<Long, Long> agencyOutstanding = new HashMap<>();
        BigDecimal maximum = BigDecimal.ZERO;
        BigDecimal atRisk = BigDecimal.ZERO;
        BigDecimal notControlledMaximum = BigDecimal.ZERO;
        for (Component component : components) {
            if (!component.scoring().controlledByTasks()) {
                notControlled.add(component);
                notControlledMaximum = notControlledMaximum.add(component.maxPoints());
                continue;
            }
            List<Tally> own = byComponent.getOrDefault(component.id(), List.of());
            long obligations = own.stream().mapToLong(Tally::obligations).sum();
            long done = own.stream().mapToLong(Tally::doneWithEvidence).sum();
            BigDecimal risk = obligations == 0 ? component.maxPoints()
                    : component.maxPoints().multiply(BigDecimal.valueOf(obligations - done))
                    .divide(BigDecimal.valueOf(obligations), 2, RoundingMode.HALF_UP);
            evidence.add(new ComponentRisk(component, obligations, done, risk.setScale(2, RoundingMode.HALF_UP),
                    obligations > 0));
            maximum = maximum.add(component.maxPoints());
            atRisk = atRisk.add(risk.setScale(2, RoundingMode.HALF_UP));
            for (Tally tally : own) {
                long outstanding = tally.obligations() - tally.doneWithEvidence();
                if (outstanding == 0) {
                    continue;
                }
                BigDecimal share = component.maxPoints().multiply(BigDecimal.valueOf(outstanding))
                        .divide(BigDecimal.valueOf(obligations), 10, RoundingMode.HALF_UP);
                agencyShare.merge(tally.agencyId(), share, BigDecimal::add);
                agencyOutstanding.merge(tally.agencyId(), outstanding, Long::sum);
            }
        }
        evidence.sort(Comparator.comparing(ComponentRisk::atRisk).reversed()
                .thenComparing(r -> r.component().code()));
        List<AgencyRisk> agencies = agencyShare.entrySet().stream()
                .map(e -> new AgencyRisk(e.getKey(), e.getValue().setScale(2, RoundingMode.HALF_UP),
                        agencyOutstanding.get(e.getKey())))
                .sorted(Comparator.comparing(AgencyRisk::atRisk).reversed().thenComparing(AgencyRisk::agencyId))
                .toList();
        return new Result(List.copyOf(evidence), List.copyOf(notControlled), maximum.setScale(2, RoundingMode.HALF_UP),
                atRisk.setScale(2, RoundingMode.HALF_UP), maximum.subtract(atRisk).setScale(2, RoundingMode.HALF_UP),
                notControlledMaximum.setScale(2, RoundingMode.HALF_UP), agencies);
    }
}
