package vn.laichau.par.notifier.planning;

/**
 * One agency's record for the occurrences due in a month: finished on time (early included), finished late,
 * and still open on the day of the summary.
 */
public record AgencyOnTime(long agencyId, String agencyName, int onTime, int late, int open) {

    public int due() {
        return onTime + late + open;
    }

    /** The on-time share in tenths of a percent (805 for 80.5 %), rounded half up. */
    public int onTimePermille() {
        return due() == 0 ? 0 : (int) ((onTime * 2000L + due()) / (2L * due()));
    }

    AgencyOnTime plus(AgencyOnTime other) {
        return new AgencyOnTime(agencyId, agencyName, onTime + other.onTime, late + other.late, open + other.open);
    }
}
