package vn.laichau.par.domain.parindex;

/**
 * How far one agency's obligations that count towards one component stand in a plan year.
 *
 * @param componentId          the component
 * @param agencyId             the agency the obligations belong to
 * @param obligations          how many obligations of the component's tasks the agency has that year
 * @param doneWithEvidence     how many of them are finished with at least one evidence file
 */
public record Tally(long componentId, long agencyId, long obligations, long doneWithEvidence) {

    public Tally {
        if (obligations < 0 || doneWithEvidence < 0 || doneWithEvidence > obligations) {
            throw new IllegalArgumentException("0 ≤ done ≤ obligations: " + doneWithEvidence + "/" + obligations);
        }
    }
}
