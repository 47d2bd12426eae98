package vn.laichau.par.domain.importing;

/** What the importer could not fully understand in a row. */
public enum WarningKind {
    /** An agency cell names something that is neither a known agency nor a known group. */
    UNKNOWN_AGENCY,
    /** A task row has no lead agency. */
    MISSING_LEAD_AGENCY,
    /** The deadline phrase cannot be dated without a person. */
    UNREADABLE_DEADLINE,
    /** The printed number does not fit the table's order; the code was deduced. */
    AMBIGUOUS_NUMBERING,
    /** A cell holds text where the row's kind has none (e.g. evidence on a heading row); it was ignored. */
    STRAY_CELL,
    /** The row has more cells than the six columns of the appendix; the extra ones were ignored. */
    EXTRA_CELLS,
    /** A row with a number but no task text; it was skipped. */
    EMPTY_TASK
}
