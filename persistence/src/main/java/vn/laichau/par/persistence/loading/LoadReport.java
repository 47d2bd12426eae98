package vn.laichau.par.persistence.loading;

/** What one run of the shipped-plan load wrote; all zero and {@code planAdded == false} when it had run before. */
public record LoadReport(int agenciesAdded, int agencyLinksSet, int groupsAdded, boolean planAdded,
                         int parIndexResultsAdded, int occurrencesAdded) {

    public boolean changedNothing() {
        return agenciesAdded == 0 && agencyLinksSet == 0 && groupsAdded == 0 && !planAdded
                && parIndexResultsAdded == 0 && occurrencesAdded == 0;
    }
}
