package vn.laichau.par.domain.model.official;

/** What an official may do in the system. */
public enum Role {
    /** The monitoring agency (Sở Nội vụ): manages plans, agencies, officials and calendars. */
    ADMIN,
    /** Reads everything. */
    LEADER,
    /** Reads the plan and acts for the occurrences of their own agency. */
    OFFICIAL
}
